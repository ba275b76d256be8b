package fr.orthocab.support.outbox;

/** What a notification is about, for filtering and for the mail templates. */
public enum OutboxTopic {
  SLA_OBJECTIVE_WARNING,
  SLA_DEADLINE_WARNING,
  SLA_DEADLINE_BREACHED,
  /** A customer created from billing is invited to set their portal password. */
  PORTAL_INVITATION
}
