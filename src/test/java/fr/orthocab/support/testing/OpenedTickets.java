package fr.orthocab.support.testing;

import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketAction;
import fr.orthocab.support.ticket.TicketReads;
import fr.orthocab.support.ticket.TicketStatus;
import fr.orthocab.support.ticket.Tickets;
import jakarta.enterprise.inject.spi.CDI;
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

  /**
   * Closes them through the entry point the test holds; their latest versions are read from the
   * container, so that the tests that only change tickets need not inject the reads.
   */
  public void closeAll(Tickets tickets) {
    TicketReads reads = CDI.current().select(TicketReads.class).get();
    for (long id : ids) {
      Ticket ticket = reads.find(id).orElseThrow();
      if (ticket.can(TicketAction.CLOSE)) {
        tickets.changeStatus(id, ticket.getVersion(), TicketStatus.CLOSED);
      }
    }
  }
}
