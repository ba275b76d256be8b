package fr.orthocab.support.outbox;

/** What a notification is about, for filtering and for the mail templates. */
public enum OutboxTopic {
  SLA_OBJECTIVE_WARNING,
  SLA_DEADLINE_WARNING,
  SLA_DEADLINE_BREACHED,
  /** A customer created from billing is invited to set their portal password. */
  PORTAL_INVITATION,
  // what a customer (or an unknown sender) is told on their ticket, one topic per kind of notice
  ACKNOWLEDGEMENT,
  RENEWAL_RELEASE,
  IDENTIFICATION_REQUEST,
  AWAITING_RENEWAL,
  THROTTLED,
  LAPSE,
  REFUSAL,
  REFUSAL_LIFTED,
  AGENT_REPLY;

  /** The topics of mails to a ticket's requester: the mail thread the requester sees. */
  public boolean isToRequester() {
    return ordinal() >= ACKNOWLEDGEMENT.ordinal();
  }
}
