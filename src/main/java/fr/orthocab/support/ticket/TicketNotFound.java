package fr.orthocab.support.ticket;

import jakarta.ejb.ApplicationException;

/** No such ticket, or not one the caller may see: both look the same from outside. */
@ApplicationException(rollback = true)
public class TicketNotFound extends RuntimeException {
  public TicketNotFound(long ticketId) {
    super("No ticket " + ticketId);
  }
}
