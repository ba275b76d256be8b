package fr.orthocab.support.intake;

import static fr.orthocab.support.platform.ClockProducer.PARIS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.account.Accounts;
import fr.orthocab.support.account.Role;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Language;
import fr.orthocab.support.policy.Clause;
import fr.orthocab.support.policy.Decision;
import fr.orthocab.support.policy.Decisions;
import fr.orthocab.support.policy.Outcome;
import fr.orthocab.support.sla.SlaClock;
import fr.orthocab.support.sla.SlaClocks;
import fr.orthocab.support.subscription.Pack;
import fr.orthocab.support.subscription.SubscriptionLapses;
import fr.orthocab.support.subscription.Subscriptions;
import fr.orthocab.support.testing.Concurrently;
import fr.orthocab.support.testing.Deployments;
import fr.orthocab.support.testing.OpenedTickets;
import fr.orthocab.support.testing.TestCustomers;
import fr.orthocab.support.ticket.AuthorKind;
import fr.orthocab.support.ticket.Message;
import fr.orthocab.support.ticket.NewRequest;
import fr.orthocab.support.ticket.Priority;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketChannel;
import fr.orthocab.support.ticket.TicketReads;
import fr.orthocab.support.ticket.TicketStatus;
import fr.orthocab.support.ticket.TicketThreads;
import fr.orthocab.support.ticket.Tickets;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Lapses on the real database, handled at a fixed instant after the subscriptions end rather than
 * waiting for them: the tickets are received now, under subscriptions that end in two days, and the
 * test handles the lapse the day after their last day. The every-minute timer, which sweeps at the
 * real time, has nothing of these customers to handle while the test runs.
 */
@ExtendWith(ArquillianExtension.class)
class SubscriptionLapsesIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @Inject private SubscriptionLapses lapses;
  @Inject private Intake intake;
  @Inject private Tickets tickets;
  @Inject private TicketReads ticketReads;
  @Inject private TicketThreads ticketThreads;
  @Inject private SlaClocks clocks;
  @Inject private Decisions decisions;
  @Inject private TestCustomers testCustomers;
  @Inject private Subscriptions subscriptions;
  @Inject private Accounts accounts;
  @Resource private ManagedExecutorService executor;

  private final String unique = UUID.randomUUID().toString().substring(0, 8);
  private final LocalDate today = LocalDate.now(PARIS);
  private final LocalDate lastDay = today.plusDays(2);

  /** The sweep's instant: the morning after the last day, so the subscription ended yesterday. */
  private final Instant dayAfter =
      lastDay.plusDays(1).atTime(LocalTime.of(10, 0)).atZone(PARIS).toInstant();

  private final OpenedTickets opened = new OpenedTickets();
  private int registered;

  @AfterEach
  void closeWhatWasOpened() {
    opened.closeAll(tickets);
  }

  private Customer customer(Language language, String packCode, LocalDate from, LocalDate to) {
    return testCustomers.subscribed(language, packCode, from, to);
  }

  private Customer endingOnLastDay(Language language, String packCode) {
    return customer(language, packCode, today.minusDays(10), lastDay);
  }

  private Ticket receive(Customer customer, TicketCategory category, String subject) {
    return opened.add(
        intake.receive(
            new NewRequest(
                customer.getId(),
                subject,
                category,
                TicketChannel.PORTAL,
                "Bonjour, " + subject,
                Instant.now().truncatedTo(ChronoUnit.MILLIS))));
  }

  private Ticket reload(Ticket ticket) {
    return ticketReads.find(ticket.getId()).orElseThrow();
  }

  private Account agent() {
    return accounts.openForStaff(
        "agent." + unique + registered++ + "@orthocab.fr",
        "Agent " + unique,
        Role.AGENT,
        "motdepasse-agent".toCharArray());
  }

  /** Answered by an agent, then moved to that status. */
  private Ticket answeredAndMoved(Ticket ticket, TicketStatus status) {
    tickets.reply(ticket.getId(), reload(ticket).getVersion(), agent().getId(), "Réponse.");
    return tickets.changeStatus(ticket.getId(), reload(ticket).getVersion(), status);
  }

  private List<Decision> lapseDecisions(Ticket ticket) {
    return decisions.ofTicket(ticket.getId()).stream()
        .filter(d -> LapsedSubscriptions.RULE.equals(d.getDecidedBy()))
        .toList();
  }

  private List<Message> lapseNotices(Ticket ticket) {
    return ticketThreads.publicThread(ticket.getId()).stream()
        .filter(m -> m.getAuthorKind() == AuthorKind.SYSTEM)
        .filter(m -> m.getBody().contains("ELIG-RENEWAL"))
        .toList();
  }

  private boolean clockRuns(Ticket ticket) {
    return clocks.of(ticket.getId()).map(SlaClock::isRunning).orElse(false);
  }

  @Test
  void aLapseHoldsTheRequestsInProgressButNotRenewalQuestionsAndTellsTheCustomerOnce() {
    Customer customer = endingOnLastDay(Language.FR, Pack.FREE);
    Ticket open = receive(customer, TicketCategory.BUG, "Export PDF vide");
    Ticket waiting =
        answeredAndMoved(
            receive(customer, TicketCategory.CONFIGURATION, "Rappels SMS"),
            TicketStatus.WAITING_ON_CUSTOMER);
    Ticket resolved =
        answeredAndMoved(
            receive(customer, TicketCategory.USAGE_QUESTION, "Agenda partagé"),
            TicketStatus.RESOLVED);
    Ticket renewal = receive(customer, TicketCategory.SUBSCRIPTION_RENEWAL, "Tarif annuel");
    assertTrue(clockRuns(open));
    assertFalse(lapses.due(dayAfter.minusSeconds(86_400)).contains(customer.getId()));
    assertTrue(lapses.due(dayAfter).contains(customer.getId()));

    List<String> held = lapses.handle(customer.getId(), dayAfter);

    assertEquals(List.of(open.getReference(), waiting.getReference()), held);
    Ticket heldOpen = reload(open);
    assertEquals(TicketStatus.AWAITING_RENEWAL, heldOpen.getStatus());
    assertEquals(dayAfter, heldOpen.getHeldSince());
    assertNull(heldOpen.getAwaitingReplySince());
    assertFalse(clockRuns(open), "the clock stops with the hold");
    assertEquals(TicketStatus.AWAITING_RENEWAL, reload(waiting).getStatus());
    assertEquals(TicketStatus.RESOLVED, reload(resolved).getStatus(), "an answered one stays");
    assertEquals(TicketStatus.OPEN, reload(renewal).getStatus(), "renewal questions are answered");
    assertTrue(clockRuns(renewal));

    Decision decision = lapseDecisions(open).get(0);
    assertEquals(Clause.ELIG_ACTIVE, decision.getClause());
    assertEquals(Outcome.HELD, decision.getOutcome());
    assertNotNull(decision.getPolicyLabel(), "the policy version in force is cited");
    List<Message> notices = lapseNotices(open);
    assertEquals(1, notices.size());
    String told = notices.get(0).getBody();
    assertTrue(told.contains("a pris fin le " + IntakeNotice.day(Language.FR, lastDay)), told);
    assertTrue(told.contains(open.getReference()) && told.contains("30 jours"), told);
    assertTrue(lapseNotices(renewal).isEmpty());
    assertTrue(lapseDecisions(renewal).isEmpty());

    assertTrue(lapses.handle(customer.getId(), dayAfter).isEmpty(), "a lapse is handled once");
    assertTrue(lapses.handle(customer.getId(), dayAfter.plusSeconds(60)).isEmpty());
    assertFalse(lapses.due(dayAfter).contains(customer.getId()));
    assertEquals(1, lapseDecisions(open).size());
    assertEquals(1, lapseNotices(open).size());
  }

  @Test
  void twoSweepsAtOnceHoldAndTellOnceInTheCustomersLanguage() throws Exception {
    Customer customer = endingOnLastDay(Language.EN, Pack.FREE);
    Ticket open = receive(customer, TicketCategory.BUG, "Empty PDF export");

    // 0: rolled back waiting for the other, nothing written
    int held =
        Concurrently.run(executor, 2, () -> lapses.handle(customer.getId(), dayAfter).size(), 0)
            .stream()
            .mapToInt(Integer::intValue)
            .sum();
    held += lapses.handle(customer.getId(), dayAfter).size(); // as the next minute's sweep

    assertEquals(1, held);
    assertEquals(TicketStatus.AWAITING_RENEWAL, reload(open).getStatus());
    assertEquals(1, lapseDecisions(open).size());
    List<Message> notices = lapseNotices(open);
    assertEquals(1, notices.size());
    String told = notices.get(0).getBody();
    assertTrue(
        told.contains(
            "Your ORTHOCAB Free Pack subscription ended on "
                + IntakeNotice.day(Language.EN, lastDay)),
        told);
  }

  @Test
  void aContiguousRenewalIsNoLapse() {
    Customer customer = endingOnLastDay(Language.FR, Pack.TELESOIN);
    subscriptions.subscribe(customer, Pack.TELESOIN, lastDay.plusDays(1), lastDay.plusDays(366));
    Ticket open = receive(customer, TicketCategory.BUG, "Export PDF vide");
    int thread = ticketThreads.publicThread(open.getId()).size();
    lapses.sweepAt(Instant.now()); // as the timer sweeps now: these periods have not ended yet
    assertTrue(lapses.due(Instant.now()).stream().noneMatch(customer.getId()::equals));

    assertTrue(lapses.handle(customer.getId(), dayAfter).isEmpty());

    Ticket untouched = reload(open);
    assertEquals(TicketStatus.OPEN, untouched.getStatus());
    assertEquals(Priority.HIGH, untouched.getPriority());
    assertTrue(clockRuns(open));
    assertEquals(thread, ticketThreads.publicThread(open.getId()).size(), "nothing told");
    assertTrue(lapseDecisions(open).isEmpty());
    assertFalse(lapses.due(dayAfter).contains(customer.getId()), "its end is handled all the same");
  }

  @Test
  void aPrioritySubscriptionFollowedByAFreeOneLowersThePriorityWithoutHolding() {
    Customer customer = endingOnLastDay(Language.FR, Pack.TELESOIN);
    subscriptions.subscribe(customer, Pack.FREE, lastDay.plusDays(1), lastDay.plusDays(366));
    Ticket open = receive(customer, TicketCategory.BUG, "Agenda bloqué");
    assertEquals(Priority.HIGH, open.getPriority());

    assertTrue(lapses.handle(customer.getId(), dayAfter).isEmpty());

    Ticket lowered = reload(open);
    assertEquals(TicketStatus.OPEN, lowered.getStatus());
    assertEquals(Priority.NORMAL, lowered.getPriority());
    assertTrue(
        decisions.ofTicket(open.getId()).stream()
            .anyMatch(
                d ->
                    d.getClause() == Clause.SCOPE_PRIORITY
                        && "rule:SubscriptionChanged".equals(d.getDecidedBy())));
  }

  @Test
  void aRenewalPutsTheHeldRequestBackInTheQueueWithANewClock() {
    Customer customer = endingOnLastDay(Language.FR, Pack.FREE);
    Ticket open = receive(customer, TicketCategory.BUG, "Export PDF vide");
    assertEquals(1, lapses.handle(customer.getId(), dayAfter).size());
    assertFalse(clockRuns(open));

    subscriptions.subscribe(customer, Pack.TELESOIN, lastDay.plusDays(1), lastDay.plusDays(366));
    Instant renewedAt = Instant.now();
    assertEquals(1, intake.subscriptionRenewed(customer.getId()).size());

    Ticket released = reload(open);
    assertEquals(TicketStatus.OPEN, released.getStatus());
    assertNull(released.getHeldSince());
    SlaClock clock = clocks.of(open.getId()).orElseThrow();
    assertTrue(clock.isRunning());
    assertEquals(2, clock.getCycle(), "a new clock cycle");
    assertFalse(clock.getStartedAt().isBefore(renewedAt), "started at the renewal");
    assertEquals(1, lapseNotices(open).size());
  }
}
