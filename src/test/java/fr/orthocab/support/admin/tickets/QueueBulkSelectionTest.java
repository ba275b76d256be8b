package fr.orthocab.support.admin.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Language;
import fr.orthocab.support.ticket.Priority;
import fr.orthocab.support.ticket.SeenTicket;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketChannel;
import fr.orthocab.support.ticket.TicketStatus;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The versions a bulk action uses are those of the rows on show, and only rows on show count. */
class QueueBulkSelectionTest {
  private static final Instant RECEIVED = Instant.parse("2026-11-23T09:00:00Z");

  /** A ticket as the database would give it: its id and version set. */
  private static Ticket ticket(long id, long version) throws ReflectiveOperationException {
    Ticket ticket =
        new Ticket(
            new Customer("Martin", "Claire", "c@x.fr", Language.FR, RECEIVED),
            "Agenda",
            TicketCategory.BUG,
            TicketChannel.PORTAL,
            Priority.NORMAL,
            TicketStatus.OPEN,
            RECEIVED);
    set(ticket, "id", id);
    set(ticket, "version", version);
    return ticket;
  }

  private static void set(Ticket ticket, String name, long value)
      throws ReflectiveOperationException {
    Field field = Ticket.class.getDeclaredField(name);
    field.setAccessible(true);
    field.set(ticket, field.getType() == Long.class ? Long.valueOf(value) : value);
  }

  @Test
  void tickedRowsCountInTheVersionOnShowAndRowsNoLongerShownAreLeftOut() throws Exception {
    TicketQueueModel rows = new TicketQueueModel(null, () -> null);
    rows.setWrappedData(List.of(ticket(1, 5), ticket(2, 7)));

    List<SeenTicket> seen = rows.shownOf(List.of(ticket(1, 4), ticket(2, 7), ticket(3, 1)));

    assertEquals(List.of(new SeenTicket(1, 5), new SeenTicket(2, 7)), seen);
  }
}
