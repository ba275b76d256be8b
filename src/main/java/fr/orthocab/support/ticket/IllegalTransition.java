package fr.orthocab.support.ticket;

import jakarta.ejb.ApplicationException;

/** A status change the ticket's life cycle does not allow from where it stands. */
@ApplicationException(rollback = true)
public class IllegalTransition extends RuntimeException {
  private final TicketStatus from;
  private final String attempted;

  public IllegalTransition(TicketStatus from, String attempted) {
    super("Cannot " + attempted + " a ticket that is " + from);
    this.from = from;
    this.attempted = attempted;
  }

  public TicketStatus from() {
    return from;
  }

  public String attempted() {
    return attempted;
  }
}
