package fr.orthocab.support.ticket;

/** Where a ticket stands. Held statuses keep a request out of the queue, without SLA clock. */
public enum TicketStatus {
  /** Awaiting an agent. */
  OPEN,
  WAITING_ON_CUSTOMER,
  RESOLVED,
  CLOSED,
  /** The customer had no active subscription: waits for its renewal (ELIG-ACTIVE). */
  AWAITING_RENEWAL,
  /** Over the customer's quota of new requests (REFUSE-SPAM): waits for a supervisor. */
  THROTTLED,
  /** From a sender who matches no customer (ID-INFO): waits for surname, first name, email. */
  AWAITING_IDENTIFICATION,
  /** Refused under a clause of the policy; a supervisor may lift the refusal. */
  REFUSED,
  /**
   * Merged by an agent into the customer's original request (DUP-COMMENT): its thread lives there
   * now, and it only points to it.
   */
  MERGED;

  /** Statuses in which the customer can still add to the thread. */
  public boolean acceptsCustomerMessages() {
    return this != CLOSED && this != REFUSED && this != MERGED;
  }

  /** Kept out of the agents' queue and of every SLA clock until released. */
  public boolean isHeld() {
    return this == AWAITING_RENEWAL || this == THROTTLED || this == AWAITING_IDENTIFICATION;
  }
}
