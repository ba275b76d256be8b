package fr.orthocab.support.ticket;

import fr.orthocab.support.account.Account;

/**
 * A ticket went to a member of the team who did not have it, fired within the transaction that
 * assigned it, so that whoever is told of it is told exactly when the assignment holds; by the desk
 * itself when it was their turn (automatic assignment), not by whoever sent the request.
 */
public record TicketAssigned(Ticket ticket, Account assignee, boolean byDesk) {
  public TicketAssigned(Ticket ticket, Account assignee) {
    this(ticket, assignee, false);
  }
}
