package fr.orthocab.support.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Language;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The ticket's own closing rules: the reopen window, the customer's close, the countdown. */
class TicketClosingTest {
  private static final Instant RECEIVED = Instant.parse("2026-11-23T09:00:00Z");
  private static final Instant RESOLVED = RECEIVED.plus(Duration.ofDays(1));
  private static final Duration FOURTEEN_DAYS = Duration.ofDays(14);
  private static final Duration SEVEN_DAYS = Duration.ofDays(7);
  private static final Duration TWO_DAYS = Duration.ofDays(2);

  private static Ticket resolved() {
    Customer customer = new Customer("Martin", "Claire", "c@x.fr", Language.FR, RECEIVED);
    Ticket ticket =
        new Ticket(
            customer,
            "Lien absent",
            TicketCategory.BUG,
            TicketChannel.PORTAL,
            Priority.NORMAL,
            TicketStatus.OPEN,
            RECEIVED);
    ticket.agentReplied(RECEIVED.plusSeconds(60));
    ticket.resolve(RESOLVED);
    return ticket;
  }

  @Test
  void aResolvedTicketTakesTheCustomersMessageOnlyWithinTheReopenWindow() {
    Ticket ticket = resolved();
    assertEquals(RESOLVED, ticket.getResolvedAt());
    assertTrue(ticket.takesCustomerMessageAt(RESOLVED.plus(Duration.ofDays(13)), FOURTEEN_DAYS));
    assertFalse(ticket.takesCustomerMessageAt(RESOLVED.plus(FOURTEEN_DAYS), FOURTEEN_DAYS));
    assertFalse(ticket.takesCustomerMessageAt(RESOLVED.plus(Duration.ofDays(20)), FOURTEEN_DAYS));
  }

  @Test
  void aClosedTicketNeverTakesTheCustomersMessageAndIsFollowedByANewRequest() {
    Ticket ticket = resolved();
    ticket.close(RESOLVED.plusSeconds(10));
    assertFalse(ticket.takesCustomerMessageAt(RESOLVED.plusSeconds(20), FOURTEEN_DAYS));
    assertTrue(ticket.getStatus().followedByNewRequest());
    assertFalse(TicketStatus.REFUSED.followedByNewRequest());
  }

  @Test
  void aTicketInProgressTakesMessagesWhateverItsAge() {
    Ticket ticket = resolved();
    ticket.customerWrote(RESOLVED.plus(Duration.ofDays(2)));
    assertEquals(TicketStatus.OPEN, ticket.getStatus());
    assertTrue(ticket.takesCustomerMessageAt(RESOLVED.plus(Duration.ofDays(400)), FOURTEEN_DAYS));
  }

  @Test
  void theCustomerClosesARequestInProgressOrResolvedButNotAHeldOrFinishedOne() {
    Ticket ticket = resolved();
    assertTrue(ticket.closableByCustomer());
    ticket.close(RESOLVED.plusSeconds(5));
    assertFalse(ticket.closableByCustomer(), "already closed");
    Customer customer = new Customer("Petit", "Sophie", "s@x.fr", Language.FR, RECEIVED);
    Ticket held =
        new Ticket(
            customer,
            "Renouvellement",
            TicketCategory.BUG,
            TicketChannel.PORTAL,
            Priority.NORMAL,
            TicketStatus.AWAITING_RENEWAL,
            RECEIVED);
    assertFalse(held.closableByCustomer());
  }

  @Test
  void closingStopsTheReplyClock() {
    Ticket ticket = resolved();
    ticket.customerWrote(RESOLVED.plusSeconds(60));
    assertTrue(ticket.awaitsReply());
    ticket.close(RESOLVED.plusSeconds(120));
    assertFalse(ticket.awaitsReply());
  }

  @Test
  void theAutomaticClosingComesAfterTheDelayAndNeverSoonerThanTheWarningsLeadAfterTheWarning() {
    Ticket ticket = resolved();
    Instant onTime = RESOLVED.plus(Duration.ofDays(5));
    assertEquals(RESOLVED.plus(SEVEN_DAYS), ticket.autoClosingAt(SEVEN_DAYS, TWO_DAYS, onTime));
    Instant late = RESOLVED.plus(Duration.ofDays(9));
    assertEquals(late.plus(TWO_DAYS), ticket.autoClosingAt(SEVEN_DAYS, TWO_DAYS, late));
  }

  @Test
  void theCustomerIsWarnedOnceAResolutionAndACommentEndsTheCountdown() {
    Ticket ticket = resolved();
    Instant closesAt = RESOLVED.plus(SEVEN_DAYS);
    ticket.warnedOfAutoClose(closesAt);
    assertEquals(closesAt, ticket.getAutoCloseAt());
    assertThrows(IllegalTransition.class, () -> ticket.warnedOfAutoClose(closesAt));

    ticket.customerWrote(RESOLVED.plus(Duration.ofDays(6)));
    assertEquals(TicketStatus.OPEN, ticket.getStatus());
    assertNull(ticket.getAutoCloseAt());
    assertThrows(
        IllegalTransition.class, () -> ticket.autoClosingAt(SEVEN_DAYS, TWO_DAYS, RESOLVED));

    Instant again = RESOLVED.plus(Duration.ofDays(8));
    ticket.agentReplied(again.minusSeconds(1));
    ticket.resolve(again);
    assertEquals(again, ticket.getResolvedAt());
    assertNull(ticket.getAutoCloseAt(), "a new resolution starts a new countdown");
  }

  @Test
  void aRequestFollowsOneOtherRequestOnce() {
    Ticket earlier = resolved();
    Ticket later = resolved();
    later.follow(earlier);
    assertEquals(earlier, later.getFollows());
    assertThrows(IllegalArgumentException.class, () -> later.follow(earlier));
    assertThrows(IllegalArgumentException.class, () -> earlier.follow(earlier));
  }
}
