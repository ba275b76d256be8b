package fr.orthocab.support.admin.tickets;

import fr.orthocab.support.ticket.QueueFilter;
import fr.orthocab.support.ticket.SeenTicket;
import fr.orthocab.support.ticket.Ticket;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows ticked in the queue, and the filter they were ticked under: once the filter changes,
 * they are unticked (the table's selection bar is drawn before the table reads its new rows, so it
 * could not tell which of them are still on show).
 */
class QueueSelection implements Serializable {
  private static final long serialVersionUID = 1L;

  private List<Ticket> ticked = new ArrayList<>();
  private String tickedUnder;

  List<Ticket> ticked() {
    return ticked;
  }

  void tick(List<Ticket> rows, QueueFilter filter) {
    ticked = rows == null ? new ArrayList<>() : new ArrayList<>(rows);
    tickedUnder = String.valueOf(filter);
  }

  void clear() {
    ticked = new ArrayList<>();
  }

  /** Those ticked that the table shows, in the version shown; none once the filter changed. */
  List<SeenTicket> shown(TicketQueueModel rows, QueueFilter filter) {
    if (!String.valueOf(filter).equals(tickedUnder)) {
      clear();
    }
    return rows.shownOf(ticked);
  }
}
