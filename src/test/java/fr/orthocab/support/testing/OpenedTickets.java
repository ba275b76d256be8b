package fr.orthocab.support.testing;

import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketStatus;
import fr.orthocab.support.ticket.Tickets;
import java.util.ArrayList;
import java.util.List;

/**
 * The tickets an in-container test opened, closed when it ends so that the queue other tests see
 * (they may share the database) stays as they expect.
 */
public final class OpenedTickets {
  private final List<Long> ids = new ArrayList<>();

  public Ticket add(Ticket ticket) {
    ids.add(ticket.getId());
    return ticket;
  }

  public boolean contains(long id) {
    return ids.contains(id);
  }

  public void closeAll(Tickets tickets) {
    for (long id : ids) {
      Ticket ticket = tickets.find(id).orElseThrow();
      if (ticket.getStatus() != TicketStatus.CLOSED && ticket.getStatus() != TicketStatus.MERGED) {
        tickets.changeStatus(id, ticket.getVersion(), TicketStatus.CLOSED);
      }
    }
  }
}
