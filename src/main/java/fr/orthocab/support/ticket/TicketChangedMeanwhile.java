package fr.orthocab.support.ticket;

import jakarta.ejb.ApplicationException;

/**
 * Someone else changed the ticket after the agent loaded it: nothing was written, and the agent
 * must look at the ticket again.
 */
@ApplicationException(rollback = true)
public class TicketChangedMeanwhile extends RuntimeException {
  public TicketChangedMeanwhile(String reference) {
    super("Ticket " + reference + " was changed by someone else in the meantime");
  }
}
