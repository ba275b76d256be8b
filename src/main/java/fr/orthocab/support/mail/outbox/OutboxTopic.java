package fr.orthocab.support.mail.outbox;

/** What a notification is about, for filtering and for the mail templates. */
public enum OutboxTopic {
  SLA_OBJECTIVE_WARNING(false),
  SLA_DEADLINE_WARNING(false),
  SLA_DEADLINE_BREACHED(false),
  /** A customer created from billing is invited to set their portal password. */
  PORTAL_INVITATION(false),
  /** A member of the support team is invited to choose their password. */
  STAFF_INVITATION(false),
  /** A password reset link, asked for from the login page. */
  PASSWORD_RESET(false),
  /**
   * A customer is asked to confirm a request sent from another address with their identity: to
   * their login address, never in the thread of the request's sender.
   */
  IDENTITY_CONFIRMATION(false),
  /** A member of the team is told of something on a request, having chosen mail for that. */
  AGENT_NOTIFICATION(false),
  // what a customer (or an unknown sender) is told on their ticket, one topic per kind of notice
  ACKNOWLEDGEMENT(true),
  RENEWAL_RELEASE(true),
  IDENTIFICATION_REQUEST(true),
  AWAITING_RENEWAL(true),
  THROTTLED(true),
  LAPSE(true),
  ATTACHMENTS_REFUSED(true),
  REFUSAL(true),
  REFUSAL_LIFTED(true),
  MERGED(true),
  AUTO_CLOSE_WARNING(true),
  SECRETS_MASKED(true),
  /** A customer is asked whether the answer helped (satisfaction), with a single-use link. */
  SATISFACTION_REQUEST(true),
  AGENT_REPLY(true);

  private final boolean toRequester;

  OutboxTopic(boolean toRequester) {
    this.toRequester = toRequester;
  }

  /**
   * A mail to a ticket's requester, part of the mail thread they see (agents' SLA alerts about the
   * same ticket are not).
   */
  public boolean isToRequester() {
    return toRequester;
  }
}
