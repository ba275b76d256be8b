package fr.orthocab.support.admin.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Language;
import fr.orthocab.support.ticket.Priority;
import fr.orthocab.support.ticket.QueueFilter;
import fr.orthocab.support.ticket.SeenTicket;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketChannel;
import fr.orthocab.support.ticket.TicketStatus;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rows a bulk action changes: those ticked that the table shows, in the version it shows, and
 * none once the filter changed.
 */
class QueueSelectionTest {
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

  private static QueueFilter filter(String words) {
    QueueFilterForm form = new QueueFilterForm();
    form.setWords(words);
    return form.filter("lucie.moreau@orthocab.fr");
  }

  @Test
  void tickedRowsCountInTheVersionOnShowAndRowsNoLongerShownAreLeftOut() throws Exception {
    TicketQueueModel rows = new TicketQueueModel(null, () -> null);
    rows.setWrappedData(List.of(ticket(1, 5), ticket(2, 7)));
    QueueSelection selection = new QueueSelection();
    selection.tick(List.of(ticket(1, 4), ticket(2, 7), ticket(3, 1)), filter("sms"));

    assertEquals(
        List.of(new SeenTicket(1, 5), new SeenTicket(2, 7)), selection.shown(rows, filter("sms")));
  }

  @Test
  void anotherFilterUnticksEverything() throws Exception {
    TicketQueueModel rows = new TicketQueueModel(null, () -> null);
    rows.setWrappedData(List.of(ticket(1, 5)));
    QueueSelection selection = new QueueSelection();
    selection.tick(List.of(ticket(1, 5)), filter("sms"));

    assertEquals(List.of(), selection.shown(rows, filter("agenda")));
    assertEquals(List.of(), selection.shown(rows, filter("sms")), "still unticked");
    assertEquals(List.of(), selection.ticked());
  }
}
