package fr.orthocab.support.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.account.Accounts;
import fr.orthocab.support.account.Role;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Customers;
import fr.orthocab.support.customer.Language;
import fr.orthocab.support.policy.Clause;
import fr.orthocab.support.policy.Decision;
import fr.orthocab.support.policy.Decisions;
import fr.orthocab.support.policy.Outcome;
import fr.orthocab.support.refusal.Refusal;
import fr.orthocab.support.refusal.Refusals;
import fr.orthocab.support.subscription.Pack;
import fr.orthocab.support.subscription.SubscriptionRenewed;
import fr.orthocab.support.subscription.Subscriptions;
import fr.orthocab.support.testing.AsSupervisor;
import fr.orthocab.support.testing.Concurrently;
import fr.orthocab.support.testing.Deployments;
import fr.orthocab.support.testing.OpenedTickets;
import fr.orthocab.support.ticket.IllegalTransition;
import fr.orthocab.support.ticket.Message;
import fr.orthocab.support.ticket.NewRequest;
import fr.orthocab.support.ticket.Priority;
import fr.orthocab.support.ticket.QueueFilter;
import fr.orthocab.support.ticket.QueueOrder;
import fr.orthocab.support.ticket.Sender;
import fr.orthocab.support.ticket.SenderRequest;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketChannel;
import fr.orthocab.support.ticket.TicketQueue;
import fr.orthocab.support.ticket.TicketReads;
import fr.orthocab.support.ticket.TicketStatus;
import fr.orthocab.support.ticket.TicketThreads;
import fr.orthocab.support.ticket.Tickets;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
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
  @Inject private TicketReads ticketReads;
  @Inject private TicketThreads ticketThreads;
  @Inject private TicketQueue queue;
  @Inject private Decisions decisions;
  @Inject private Customers customers;
  @Inject private Subscriptions subscriptions;
  @Inject private ExpiredHolds expiredHolds;
  @Inject private Accounts accounts;
  @Inject private AsSupervisor asSupervisor;
  @Inject private Refusals refusals;
  @Resource private ManagedExecutorService executor;
  @Resource private UserTransaction tx;
  @Inject private Event<SubscriptionRenewed> renewed;

  private final String unique = UUID.randomUUID().toString().substring(0, 8);
  private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
  private final LocalDate today = LocalDate.now();
  private final OpenedTickets opened = new OpenedTickets();
  private int registered;

  @AfterEach
  void closeWhatWasOpened() {
    opened.closeAll(tickets);
  }

  private Customer customer(String packCode, LocalDate from, LocalDate to) {
    Customer customer =
        customers.register(
            new Customer(
                "Petit",
                "Test",
                "i" + registered++ + "." + unique + "@example.fr",
                Language.FR,
                now));
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
    Ticket open = ticketReads.find(held.getId()).orElseThrow();
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
  void aRenewalToldAsAnEventLetsHeldRequestsInAndNamesThemInItsTransaction() throws Exception {
    Customer lapsed = customer(Pack.FREE, today.minusDays(400), today.minusDays(30));
    Ticket held =
        receive(lapsed, TicketCategory.BUG, "Agenda bloqué", now.minus(Duration.ofDays(3)));
    subscriptions.subscribe(lapsed, Pack.TELESOIN, today, today.plusDays(365));
    List<String> released = new ArrayList<>();

    tx.begin();
    try {
      Customer locked = customers.lockedById(lapsed.getId()).orElseThrow();
      Instant at = Instant.now();
      renewed.fire(
          new SubscriptionRenewed(locked, subscriptions.coverageOf(locked, at), at, released));
    } finally {
      tx.rollback();
    }
    assertEquals(List.of(held.getReference()), released);
    assertEquals(
        TicketStatus.AWAITING_RENEWAL,
        ticketReads.find(held.getId()).orElseThrow().getStatus(),
        "the release rolls back with the renewal's transaction");

    tx.begin();
    Customer locked = customers.lockedById(lapsed.getId()).orElseThrow();
    Instant at = Instant.now();
    renewed.fire(
        new SubscriptionRenewed(
            locked, subscriptions.coverageOf(locked, at), at, new ArrayList<>()));
    tx.commit();
    Ticket open = ticketReads.find(held.getId()).orElseThrow();
    assertEquals(TicketStatus.OPEN, open.getStatus());
    assertEquals(Priority.HIGH, open.getPriority());
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
  void theSixthRequestInTwentyFourHoursIsThrottledUntilASupervisorReleasesIt() throws Exception {
    Customer busy = customer(Pack.FREE, today.minusDays(10), today.plusDays(300));
    for (int i = 1; i <= 5; i++) {
      Ticket ticket =
          receive(busy, TicketCategory.OTHER, "Demande " + i, now.minus(Duration.ofHours(6 - i)));
      assertEquals(TicketStatus.OPEN, ticket.getStatus(), "request " + i);
    }
    assertTrue(intake.quotaReached(busy.getId()), "the portal warns before the sixth");
    Ticket sixth = receive(busy, TicketCategory.OTHER, "Demande 6", now);

    assertEquals(TicketStatus.THROTTLED, sixth.getStatus());
    Decision throttled = decision(sixth, Clause.REFUSE_SPAM);
    assertEquals(Outcome.THROTTLED, throttled.getOutcome());
    assertEquals("1", throttled.getPolicyLabel());

    Ticket held = ticketReads.find(sixth.getId()).orElseThrow();
    assertThrows(
        IllegalTransition.class,
        () -> tickets.changeStatus(held.getId(), held.getVersion(), TicketStatus.OPEN),
        "reopening is no way round the release and its decision");
    Account supervisor =
        accounts.openForStaff(
            "sup." + unique + "@orthocab.fr", "Nadia", Role.SUPERVISOR, "x".toCharArray());
    assertThrows(
        EJBAccessException.class,
        () -> intake.releaseByAgent(held.getId(), held.getVersion(), supervisor),
        "releasing is a supervisor's decision");
    Ticket released =
        asSupervisor.call(() -> intake.releaseByAgent(held.getId(), held.getVersion(), supervisor));
    assertEquals(TicketStatus.OPEN, released.getStatus());
    assertTrue(
        decisions.ofTicket(held.getId()).stream()
            .anyMatch(
                d -> d.getClause() == Clause.REFUSE_SPAM && d.getOutcome() == Outcome.RELEASED));
  }

  @Test
  void requestsOfOneCustomerArrivingAtOnceAreThrottledFromTheSixthWhicheverWayTheyCome()
      throws Exception {
    Customer busy = customer(Pack.FREE, today.minusDays(10), today.plusDays(300));
    Ticket fromElsewhere = receiveFrom("perso." + unique + "@example.fr", "Par mail", now);
    AtomicInteger runs = new AtomicInteger();

    List<Ticket> received =
        Concurrently.run(
            executor,
            12,
            () ->
                runs.getAndIncrement() == 0
                    ? intake
                        .identify(
                            fromElsewhere.getId(), "Petit", "Test", busy.getEmail(), "rule:Test")
                        .orElseThrow()
                    : intake.receive(
                        new NewRequest(
                            busy.getId(),
                            "Rafale",
                            TicketCategory.OTHER,
                            TicketChannel.PORTAL,
                            "Bonjour, encore moi",
                            now)),
            null);
    received.stream().filter(Objects::nonNull).forEach(opened::add);

    assertFalse(received.contains(null), "every request saved");
    Map<TicketStatus, List<Ticket>> byStatus =
        received.stream().collect(Collectors.groupingBy(Ticket::getStatus));
    String statuses = received.stream().map(Ticket::getStatus).toList().toString();
    assertEquals(5, byStatus.get(TicketStatus.OPEN).size(), statuses);
    assertEquals(7, byStatus.get(TicketStatus.THROTTLED).size(), statuses);
    List<String> ranks =
        byStatus.get(TicketStatus.THROTTLED).stream()
            .map(t -> decision(t, Clause.REFUSE_SPAM).getDetail().replaceFirst("e demande.*", ""))
            .sorted(Comparator.comparingInt(Integer::parseInt))
            .toList();
    assertEquals(List.of("6", "7", "8", "9", "10", "11", "12"), ranks);
    for (Ticket open : byStatus.get(TicketStatus.OPEN)) {
      assertTrue(
          decisions.ofTicket(open.getId()).stream()
              .noneMatch(d -> d.getClause() == Clause.REFUSE_SPAM),
          "within the quota");
    }
  }

  @Test
  void aRequestOvertakenWhileItWaitedCountsTheRequestsSavedBeforeIt() {
    Customer busy = customer(Pack.FREE, today.minusDays(10), today.plusDays(300));
    for (int i = 1; i <= 5; i++) {
      receive(busy, TicketCategory.OTHER, "Demande " + i, now);
    }
    // received a second before the five, saved after them: as a request of a burst that
    // reached the customer's lock last
    Ticket overtaken = receive(busy, TicketCategory.OTHER, "Demande 0", now.minusSeconds(1));

    assertEquals(TicketStatus.THROTTLED, overtaken.getStatus());
    assertTrue(
        decision(overtaken, Clause.REFUSE_SPAM).getDetail().startsWith("6e demande"),
        decision(overtaken, Clause.REFUSE_SPAM).getDetail());
  }

  private Ticket receiveFrom(String email, String subject, Instant at) {
    return opened.add(
        intake.receiveFrom(
            new SenderRequest(
                new Sender(email, "Inconnu", "Jean"),
                subject,
                TicketCategory.USAGE_QUESTION,
                TicketChannel.API,
                "Bonjour, " + subject,
                at)));
  }

  @Test
  void anUnknownSenderIsAskedToIdentifyAndTheRequestWaitsWithoutClock() {
    Ticket ticket = receiveFrom("x." + unique + "@example.fr", "Accès perdu", now);

    assertEquals(TicketStatus.AWAITING_IDENTIFICATION, ticket.getStatus());
    assertNull(ticket.getCustomer());
    assertNull(ticket.getAwaitingReplySince());
    Decision held = decision(ticket, Clause.ID_INFO);
    assertEquals(Outcome.HELD, held.getOutcome());
    assertEquals("1", held.getPolicyLabel());
    String asked = ticketThreads.publicThread(ticket.getId()).get(1).getBody();
    assertTrue(asked.contains("votre nom") && asked.contains("mot de passe"), asked);
    assertTrue(asked.contains("your surname"), asked);
    assertFalse(
        queue.page(QueueFilter.awaitingAgents(), QueueOrder.WORK, true, 0, 10_000).stream()
            .anyMatch(t -> t.getId().equals(ticket.getId())));
  }

  @Test
  void aKnownLoginEmailIsThatCustomersRequest() {
    Customer paid = customer(Pack.TELESOIN, today.minusDays(10), today.plusDays(300));
    Ticket ticket = receiveFrom(paid.getEmail().toUpperCase(), "Question", now);
    assertEquals(TicketStatus.OPEN, ticket.getStatus());
    assertEquals(paid.getId(), ticket.getCustomer().getId());
    assertEquals(Priority.HIGH, ticket.getPriority());
  }

  @Test
  void onceIdentifiedTheRequestGoesThroughTheRulesAndItsClockStartsThen() {
    Customer lapsed = customer(Pack.TELESOIN, today.minusDays(400), today.minusDays(30));
    Customer paid = customer(Pack.TELESOIN, today.minusDays(10), today.plusDays(300));
    Ticket forPaid = receiveFrom("y." + unique + "@example.fr", "Agenda", now);
    Ticket forLapsed = receiveFrom("z." + unique + "@example.fr", "Export", now);

    assertTrue(
        intake.identify(forPaid.getId(), "Petit", "Autre", paid.getEmail(), "Lucie").isEmpty(),
        "another first name does not match");
    assertEquals(
        TicketStatus.AWAITING_IDENTIFICATION,
        ticketReads.find(forPaid.getId()).orElseThrow().getStatus());

    Instant before = Instant.now();
    Ticket identified =
        intake
            .identify(forPaid.getId(), "PETIT", "test", paid.getEmail(), "rule:Test")
            .orElseThrow();
    assertEquals(TicketStatus.OPEN, identified.getStatus());
    assertEquals(paid.getId(), identified.getCustomer().getId());
    assertEquals(Priority.HIGH, identified.getPriority());
    assertFalse(identified.getAwaitingReplySince().isBefore(before), "clock from identification");
    assertEquals(Outcome.PRIORITISED, decision(identified, Clause.SCOPE_PRIORITY).getOutcome());
    assertTrue(
        decisions.ofTicket(identified.getId()).stream()
            .anyMatch(d -> d.getClause() == Clause.ID_INFO && d.getOutcome() == Outcome.ACCEPTED));

    Ticket held =
        intake
            .identify(forLapsed.getId(), "Petit", "Test", lapsed.getEmail(), "rule:Test")
            .orElseThrow();
    assertEquals(TicketStatus.AWAITING_RENEWAL, held.getStatus());
    assertEquals(Outcome.HELD, decision(held, Clause.ELIG_ACTIVE).getOutcome());
  }

  @Test
  void anExpiredIdentificationIsRefusedUnderRefuseIdOnceEvenWhenClaimedConcurrently()
      throws Exception {
    Ticket stale =
        receiveFrom("w." + unique + "@example.fr", "Ancienne", now.minus(Duration.ofDays(8)));
    Ticket recent = receiveFrom("v." + unique + "@example.fr", "Récente", now);

    assertTrue(expiredHolds.due(TicketStatus.AWAITING_IDENTIFICATION).contains(stale.getId()));
    assertFalse(expiredHolds.due(TicketStatus.AWAITING_IDENTIFICATION).contains(recent.getId()));
    List<Future<Boolean>> claims = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      claims.add(executor.submit(() -> claim(stale.getId())));
    }
    int refused = 0;
    for (Future<Boolean> claim : claims) {
      refused += claim.get(60, TimeUnit.SECONDS) ? 1 : 0;
    }

    assertTrue(refused <= 1, "claimed " + refused + " times");
    assertEquals(TicketStatus.REFUSED, ticketReads.find(stale.getId()).orElseThrow().getStatus());
    List<Refusal> onRecord = refusals.ofTicket(stale.getId());
    assertEquals(1, onRecord.size(), "one refusal, whoever claimed it (the sweep may have)");
    assertEquals(Clause.REFUSE_ID, onRecord.get(0).getClause());
    assertEquals("rule:HoldExpiry", onRecord.get(0).getDecidedByName());
    assertFalse(expiredHolds.refuse(recent.getId()), "a recent hold is not due");
    assertEquals(
        TicketStatus.AWAITING_IDENTIFICATION,
        ticketReads.find(recent.getId()).orElseThrow().getStatus());
  }

  @Test
  void aRequestAwaitingRenewalForThirtyDaysIsRefusedUnderEligActive() {
    Customer lapsed = customer(Pack.FREE, today.minusDays(400), today.minusDays(60));
    Ticket stale =
        receive(lapsed, TicketCategory.BUG, "Toujours bloqué", now.minus(Duration.ofDays(31)));
    assertEquals(TicketStatus.AWAITING_RENEWAL, stale.getStatus());

    expiredHolds.refuse(stale.getId());

    assertEquals(TicketStatus.REFUSED, ticketReads.find(stale.getId()).orElseThrow().getStatus());
    Refusal refusal = refusals.current(stale.getId()).orElseThrow();
    assertEquals(Clause.ELIG_ACTIVE, refusal.getClause());
    List<Message> thread = ticketThreads.publicThread(stale.getId());
    String told = thread.get(thread.size() - 1).getBody();
    assertTrue(told.contains("ELIG-ACTIVE") && told.contains("30 jours"), told);
  }

  /** A claim as the sweep makes it: losing the race is an exception, not a second refusal. */
  private boolean claim(long ticketId) {
    try {
      return expiredHolds.refuse(ticketId);
    } catch (EJBException lostTheRace) {
      return false;
    }
  }

  @Test
  void aChangedSubscriptionReprioritisesTicketsStillInProgress() {
    Customer customer = customer(Pack.FREE, today.minusDays(10), today.plusDays(300));
    Ticket open = receive(customer, TicketCategory.BUG, "Agenda", now);
    Ticket closed = receive(customer, TicketCategory.BUG, "Ancienne", now);
    tickets.changeStatus(closed.getId(), closed.getVersion(), TicketStatus.CLOSED);
    assertFalse(intake.quotaReached(customer.getId()));
    assertEquals(Priority.NORMAL, open.getPriority());

    subscriptions.subscribe(customer, Pack.TELESOIN, today, today.plusDays(365));
    List<Ticket> changed = intake.subscriptionChanged(customer.getId());

    assertEquals(List.of(open.getId()), changed.stream().map(Ticket::getId).toList());
    assertEquals(Priority.HIGH, ticketReads.find(open.getId()).orElseThrow().getPriority());
    assertEquals(Priority.NORMAL, ticketReads.find(closed.getId()).orElseThrow().getPriority());
    assertTrue(
        decisions.ofTicket(open.getId()).stream()
            .anyMatch(d -> "rule:SubscriptionChanged".equals(d.getDecidedBy())));
    assertTrue(intake.subscriptionChanged(customer.getId()).isEmpty(), "nothing more to change");
  }
}
