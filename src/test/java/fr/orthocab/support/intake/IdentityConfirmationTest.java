package fr.orthocab.support.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Language;
import fr.orthocab.support.ticket.Priority;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketChannel;
import fr.orthocab.support.ticket.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IdentityConfirmationTest {
  private static final Instant MADE = Instant.parse("2026-12-07T09:00:00Z");
  private static final Instant EXPIRES = MADE.plus(Duration.ofDays(7));

  @Test
  void aLinkConfirmsOnceBeforeItExpires() {
    IdentityConfirmation confirmation = confirmation();
    Instant clicked = MADE.plus(Duration.ofHours(2));

    assertTrue(confirmation.usableAt(clicked));
    confirmation.confirm(clicked);

    assertEquals(clicked, confirmation.getConfirmedAt());
    assertFalse(confirmation.usableAt(clicked));
    assertThrows(IllegalStateException.class, () -> confirmation.confirm(clicked));
  }

  @Test
  void anExpiredLinkConfirmsNothing() {
    IdentityConfirmation confirmation = confirmation();

    assertFalse(confirmation.usableAt(EXPIRES));
    assertThrows(IllegalStateException.class, () -> confirmation.confirm(EXPIRES));
  }

  @Test
  void aLinkMustExpireAfterItIsMade() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new IdentityConfirmation(
                ticket(), customer(), "email:x@example.org", "hash", MADE, MADE));
  }

  private static IdentityConfirmation confirmation() {
    return new IdentityConfirmation(
        ticket(), customer(), "email:x@example.org", "hash", MADE, EXPIRES);
  }

  private static Ticket ticket() {
    return new Ticket(
        customer(),
        "Connexion",
        TicketCategory.OTHER,
        TicketChannel.EMAIL,
        Priority.NORMAL,
        TicketStatus.OPEN,
        MADE);
  }

  private static Customer customer() {
    return new Customer("Martin", "Claire", "claire@example.fr", Language.FR, MADE);
  }
}
