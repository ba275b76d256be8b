package fr.orthocab.support.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Customers;
import fr.orthocab.support.customer.Language;
import fr.orthocab.support.policy.Clause;
import fr.orthocab.support.policy.Decision;
import fr.orthocab.support.policy.Decisions;
import fr.orthocab.support.policy.Outcome;
import fr.orthocab.support.subscription.Pack;
import fr.orthocab.support.subscription.Subscriptions;
import fr.orthocab.support.testing.Deployments;
import fr.orthocab.support.testing.OpenedTickets;
import fr.orthocab.support.ticket.NewRequest;
import fr.orthocab.support.ticket.Priority;
import fr.orthocab.support.ticket.QueueFilter;
import fr.orthocab.support.ticket.QueueOrder;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketChannel;
import fr.orthocab.support.ticket.TicketQueue;
import fr.orthocab.support.ticket.TicketStatus;
import fr.orthocab.support.ticket.Tickets;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The intake pipeline on the real database: each outcome with its decisions and policy version. */
@ExtendWith(ArquillianExtension.class)
class IntakeIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @Inject private Intake intake;
  @Inject private Tickets tickets;
  @Inject private TicketQueue queue;
  @Inject private Decisions decisions;
  @Inject private Customers customers;
  @Inject private Subscriptions subscriptions;

  private final String unique = UUID.randomUUID().toString().substring(0, 8);
  private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
  private final LocalDate today = LocalDate.now();
  private final OpenedTickets opened = new OpenedTickets();

  @AfterEach
  void closeWhatWasOpened() {
    opened.closeAll(tickets);
  }

  private Customer customer(String packCode, LocalDate from, LocalDate to) {
    Customer customer =
        customers.register(
            new Customer("Petit", "Test", "i." + unique + "@example.fr", Language.FR, now));
    subscriptions.subscribe(customer, packCode, from, to);
    return customer;
  }

  private Ticket receive(Customer customer, TicketCategory category, String subject, Instant at) {
    Ticket ticket =
        intake.receive(
            new NewRequest(
                customer.getId(),
                subject,
                category,
                TicketChannel.PORTAL,
                "Bonjour, " + subject,
                at));
    return opened.add(ticket);
  }

  private Decision decision(Ticket ticket, Clause clause) {
    return decisions.ofTicket(ticket.getId()).stream()
        .filter(d -> d.getClause() == clause)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + clause + " decision"));
  }

  @Test
  void aLapsedCustomersRenewalQuestionIsQueuedAndTheirOtherRequestAwaitsRenewal() {
    Customer lapsed = customer(Pack.TELESOIN, today.minusDays(400), today.minusDays(30));

    Ticket renewal = receive(lapsed, TicketCategory.SUBSCRIPTION_RENEWAL, "Renouveler", now);
    Ticket other = receive(lapsed, TicketCategory.BUG, "Export PDF vide", now);

    assertEquals(TicketStatus.OPEN, renewal.getStatus());
    Decision accepted = decision(renewal, Clause.ELIG_RENEWAL);
    assertEquals(Outcome.ACCEPTED, accepted.getOutcome());
    assertEquals("1", accepted.getPolicyLabel());

    assertEquals(TicketStatus.AWAITING_RENEWAL, other.getStatus());
    assertNull(other.getAwaitingReplySince(), "no clock while held");
    assertEquals(Outcome.HELD, decision(other, Clause.ELIG_ACTIVE).getOutcome());
    List<Long> queued =
        queue.page(QueueFilter.awaitingAgents(), QueueOrder.WORK, true, 0, 10_000).stream()
            .map(Ticket::getId)
            .toList();
    assertTrue(queued.contains(renewal.getId()));
    assertFalse(queued.contains(other.getId()));
  }

  @Test
  void aRenewalReleasesHeldRequestsWithTheirClockStartingAtTheRelease() {
    Customer lapsed = customer(Pack.FREE, today.minusDays(400), today.minusDays(30));
    Ticket held =
        receive(lapsed, TicketCategory.BUG, "Agenda bloqué", now.minus(Duration.ofDays(3)));
    assertEquals(TicketStatus.AWAITING_RENEWAL, held.getStatus());

    subscriptions.subscribe(lapsed, Pack.TELESOIN, today, today.plusDays(365));
    Instant before = Instant.now();
    List<Ticket> released = intake.subscriptionRenewed(lapsed.getId());

    assertEquals(1, released.size());
    Ticket open = tickets.find(held.getId()).orElseThrow();
    assertEquals(TicketStatus.OPEN, open.getStatus());
    assertEquals(Priority.HIGH, open.getPriority(), "priority follows the renewed pack");
    assertFalse(open.getAwaitingReplySince().isBefore(before), "the clock starts at the release");
    assertEquals(
        Outcome.RELEASED,
        decisions.ofTicket(held.getId()).stream()
            .filter(d -> d.getClause() == Clause.ELIG_RENEWAL)
            .findFirst()
            .orElseThrow()
            .getOutcome());
    assertTrue(
        intake.subscriptionRenewed(lapsed.getId()).isEmpty(), "a second renewal releases nothing");
  }

  @Test
  void aTelesoinRequestIsHighWithAScopePriorityDecision() {
    Customer paid = customer(Pack.TELESOIN, today.minusDays(10), today.plusDays(300));
    Ticket ticket = receive(paid, TicketCategory.USAGE_QUESTION, "Question", now);
    assertEquals(Priority.HIGH, ticket.getPriority());
    Decision priority = decision(ticket, Clause.SCOPE_PRIORITY);
    assertEquals(Outcome.PRIORITISED, priority.getOutcome());
    assertEquals("1", priority.getPolicyLabel());
    assertEquals("rule:PriorityRule", priority.getDecidedBy());
  }

  @Test
  void theSixthRequestInTwentyFourHoursIsThrottled() {
    Customer busy = customer(Pack.FREE, today.minusDays(10), today.plusDays(300));
    for (int i = 1; i <= 5; i++) {
      Ticket ticket =
          receive(busy, TicketCategory.OTHER, "Demande " + i, now.minus(Duration.ofHours(6 - i)));
      assertEquals(TicketStatus.OPEN, ticket.getStatus(), "request " + i);
    }
    Ticket sixth = receive(busy, TicketCategory.OTHER, "Demande 6", now);

    assertEquals(TicketStatus.THROTTLED, sixth.getStatus());
    Decision throttled = decision(sixth, Clause.REFUSE_SPAM);
    assertEquals(Outcome.THROTTLED, throttled.getOutcome());
    assertEquals("1", throttled.getPolicyLabel());
  }
}
