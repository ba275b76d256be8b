package fr.orthocab.support.satisfaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

/** A satisfaction link answers once, for 30 days after its mail left, and never before. */
class SatisfactionLinkTest {
  private static final Instant SENT = Instant.parse("2026-12-01T09:00:00Z");

  private static SatisfactionLink link() {
    Customer customer = new Customer("Martin", "Claire", "c@x.fr", Language.FR, SENT);
    Ticket ticket =
        new Ticket(
            customer,
            "Sujet",
            TicketCategory.BUG,
            TicketChannel.PORTAL,
            Priority.NORMAL,
            TicketStatus.OPEN,
            SENT);
    return new SatisfactionLink(ticket, SENT);
  }

  @Test
  void aLinkWhoseMailHasNotLeftAnswersNothing() {
    assertEquals(SatisfactionLink.State.EXPIRED, link().stateAt(SENT));
  }

  @Test
  void aLinkAnswersOnce() {
    SatisfactionLink link = link();
    link.issued("a".repeat(64), SENT);
    assertEquals(SatisfactionLink.State.USABLE, link.stateAt(SENT.plusSeconds(5)));
    link.use(SENT.plusSeconds(5));
    assertEquals(SatisfactionLink.State.USED, link.stateAt(SENT.plusSeconds(6)));
    assertThrows(IllegalStateException.class, () -> link.use(SENT.plusSeconds(7)));
  }

  @Test
  void aLinkExpiresThirtyDaysAfterItsMailLeft() {
    SatisfactionLink link = link();
    link.issued("b".repeat(64), SENT);
    assertEquals(
        SatisfactionLink.State.USABLE,
        link.stateAt(SENT.plus(Duration.ofDays(30)).minusSeconds(1)));
    assertEquals(SatisfactionLink.State.EXPIRED, link.stateAt(SENT.plus(Duration.ofDays(30))));
    assertThrows(IllegalStateException.class, () -> link.use(SENT.plus(Duration.ofDays(31))));
  }
}
