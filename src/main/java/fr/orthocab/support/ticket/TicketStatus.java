package fr.orthocab.support.ticket;

/** Where a ticket stands. Later issues add held and refused states. */
public enum TicketStatus {
  /** Awaiting an agent. */
  OPEN,
  WAITING_ON_CUSTOMER,
  RESOLVED,
  CLOSED;

  /** Statuses in which the customer can still add to the thread. */
  public boolean acceptsCustomerMessages() {
    return this != CLOSED;
  }
}
