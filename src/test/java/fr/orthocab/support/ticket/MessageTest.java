package fr.orthocab.support.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Language;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MessageTest {
  private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
  private final Ticket ticket =
      new Ticket(
          new Customer("Martin", "Claire", "c@x.fr", Language.FR, NOW),
          "Sujet",
          TicketCategory.OTHER,
          TicketChannel.PORTAL,
          Priority.NORMAL,
          TicketStatus.OPEN,
          NOW);

  @Test
  void aCustomerCannotWriteAnInternalNote() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Message(
                ticket, AuthorKind.CUSTOMER, null, "C", Visibility.INTERNAL, "Bonjour", NOW));
  }

  @Test
  void aBodyIsRequiredAndBounded() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Message(ticket, AuthorKind.CUSTOMER, null, "C", Visibility.PUBLIC, "  ", NOW));
    String tooLong = "a".repeat(Message.MAX_BODY + 1);
    assertThrows(
        IllegalArgumentException.class,
        () -> new Message(ticket, AuthorKind.CUSTOMER, null, "C", Visibility.PUBLIC, tooLong, NOW));
  }

  @Test
  void theBodyIsKeptAsPlainTextWithoutSurroundingBlanks() {
    Message message =
        new Message(
            ticket, AuthorKind.CUSTOMER, null, "C", Visibility.PUBLIC, "\n <b>Bonjour</b> \n", NOW);
    assertEquals("<b>Bonjour</b>", message.getBody());
  }
}
