package fr.orthocab.support.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.account.Accounts;
import fr.orthocab.support.account.Role;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.intake.Intake;
import fr.orthocab.support.mail.outbox.Outbox;
import fr.orthocab.support.mail.outbox.OutboxMessage;
import fr.orthocab.support.mail.outbox.OutboxTopic;
import fr.orthocab.support.platform.ClockProducer;
import fr.orthocab.support.sla.calendar.DeadlineWording;
import fr.orthocab.support.sla.calendar.SlaDueInstants;
import fr.orthocab.support.sla.calendar.SlaPolicy;
import fr.orthocab.support.subscription.Pack;
import fr.orthocab.support.subscription.Subscriptions;
import fr.orthocab.support.testing.AsSupervisor;
import fr.orthocab.support.testing.Concurrently;
import fr.orthocab.support.testing.Deployments;
import fr.orthocab.support.testing.OpenedTickets;
import fr.orthocab.support.testing.TestCustomers;
import fr.orthocab.support.ticket.AuthorKind;
import fr.orthocab.support.ticket.Message;
import fr.orthocab.support.ticket.NewRequest;
import fr.orthocab.support.ticket.QueueFilter;
import fr.orthocab.support.ticket.QueueOrder;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketChannel;
import fr.orthocab.support.ticket.TicketQueue;
import fr.orthocab.support.ticket.TicketReads;
import fr.orthocab.support.ticket.TicketStatus;
import fr.orthocab.support.ticket.TicketThreads;
import fr.orthocab.support.ticket.Tickets;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reply clocks on the real database, the sweep run at fixed instants ({@link Clock#fixed}) rather
 * than waiting for them: requests start their clock now, so the every-minute timer has nothing of
 * theirs to record while a test runs, and the test sweeps at the clock's own due instants.
 */
@ExtendWith(ArquillianExtension.class)
class SlaClocksIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @Inject private Intake intake;
  @Inject private Tickets tickets;
  @Inject private TicketReads ticketReads;
  @Inject private TicketThreads ticketThreads;
  @Inject private SlaClocks clocks;
  @Inject private DueSlaEvents dueEvents;
  @Inject private DeskCalendar calendar;
  @Inject private Outbox outbox;
  @Inject private SlaAlerts alerts;
  @Inject private TestCustomers testCustomers;
  @Inject private Subscriptions subscriptions;
  @Inject private Accounts accounts;
  @Inject private AsSupervisor asSupervisor;
  @Inject private ServiceLevels serviceLevels;
  @Inject private TicketQueue queue;
  @Resource private ManagedExecutorService executor;

  private final String unique = UUID.randomUUID().toString().substring(0, 8);
  private final LocalDate today = LocalDate.now();
  private final OpenedTickets opened = new OpenedTickets();
  private int registered;

  @AfterEach
  void closeWhatWasOpened() {
    opened.closeAll(tickets);
  }

  private Customer customer(String packCode, LocalDate from, LocalDate to) {
    return testCustomers.subscribed(packCode, from, to);
  }

  private Customer telesoin() {
    return customer(Pack.TELESOIN, today.minusDays(10), today.plusDays(300));
  }

  private Ticket receive(Customer customer, String subject) {
    return opened.add(
        intake.receive(
            new NewRequest(
                customer.getId(),
                subject,
                TicketCategory.BUG,
                TicketChannel.PORTAL,
                "Bonjour, " + subject,
                Instant.now().truncatedTo(ChronoUnit.MILLIS))));
  }

  private Account agent() {
    return accounts.openForStaff(
        "agent." + unique + registered++ + "@orthocab.fr",
        "Agent " + unique,
        Role.AGENT,
        "motdepasse-agent".toCharArray());
  }

  private Account supervisor() {
    return accounts.openForStaff(
        "sup." + unique + registered++ + "@orthocab.fr",
        "Superviseur " + unique,
        Role.SUPERVISOR,
        "motdepasse-sup".toCharArray());
  }

  private SlaClock clockOf(Ticket ticket) {
    return clocks.of(ticket.getId()).orElseThrow(() -> new AssertionError("no clock"));
  }

  private long count(Ticket ticket, SlaEventKind kind) {
    return clocks.history(ticket.getId()).stream().filter(e -> e.getKind() == kind).count();
  }

  private long notifications(Ticket ticket, OutboxTopic topic) throws Exception {
    return asSupervisor.call(
        () -> outbox.about(ticket.getId()).stream().filter(m -> m.getTopic() == topic).count());
  }

  /** The sweep as the timer runs it, with the time of a fixed clock. */
  private int sweepAt(Instant instant) {
    return dueEvents.recordAt(Clock.fixed(instant, ClockProducer.PARIS).instant());
  }

  @Test
  void aTelesoinRequestGetsTheDueInstantsOfItsPackPolicyFromTheDeskCalendar() {
    Ticket ticket = receive(telesoin(), "Agenda vide");

    SlaClock clock = clockOf(ticket);
    assertTrue(clock.isRunning());
    assertEquals(SlaState.RUNNING, clock.state());
    assertEquals(120, clock.getPolicy().getObjectiveMinutes(), "Télésoin: 2 opening hours");
    assertEquals(ticket.getAwaitingReplySince(), clock.getStartedAt());
    SlaDueInstants expected =
        calendar.businessTime().dueInstants(clock.getStartedAt(), clock.getPolicy().policy());
    assertEquals(expected.objectiveDueAt(), clock.getObjectiveDueAt());
    assertEquals(expected.deadlineDueAt(), clock.getDeadlineDueAt());
    assertEquals(1, count(ticket, SlaEventKind.STARTED));
    String acknowledgement =
        ticketThreads.publicThread(ticket.getId()).stream()
            .filter(m -> m.getAuthorKind() == AuthorKind.SYSTEM)
            .map(Message::getBody)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no acknowledgement"));
    assertTrue(
        acknowledgement.contains(DeadlineWording.fr(clock.getDeadlineDueAt())), acknowledgement);
    assertTrue(acknowledgement.contains("2 h ouvrées"), acknowledgement);
    assertTrue(acknowledgement.contains(ticket.getReference()), acknowledgement);
  }

  @Test
  void aWarningThenABreachAreRecordedOnceEachAndNotified() throws Exception {
    asSupervisor.call(
        () ->
            accounts.openForStaff(
                "superviseur." + unique + "@orthocab.fr",
                "Superviseur " + unique,
                Role.SUPERVISOR,
                "motdepasse-sup".toCharArray()));
    Ticket ticket = receive(telesoin(), "Export PDF vide");
    SlaClock clock = clockOf(ticket);

    sweepAt(clock.getObjectiveWarningAt());
    sweepAt(clock.getObjectiveWarningAt());

    assertEquals(1, count(ticket, SlaEventKind.OBJECTIVE_WARNING));
    assertEquals(0, count(ticket, SlaEventKind.OBJECTIVE_MISSED));
    assertEquals(0, count(ticket, SlaEventKind.DEADLINE_BREACHED));
    assertEquals(SlaState.WARNING, clockOf(ticket).state());
    assertEquals(1, notifications(ticket, OutboxTopic.SLA_OBJECTIVE_WARNING));

    sweepAt(clock.getDeadlineDueAt());
    sweepAt(clock.getDeadlineDueAt().plus(Duration.ofDays(1)));

    for (SlaEventKind kind : SlaEventKind.values()) {
      if (kind.isTimed() || kind == SlaEventKind.STARTED) {
        assertEquals(1, count(ticket, kind), kind + " once");
      }
    }
    SlaClock breached = clockOf(ticket);
    assertEquals(SlaState.BREACHED, breached.state());
    assertTrue(breached.isEverBreached());
    assertEquals(null, breached.getNextDueAt(), "nothing left for the sweep");
    assertEquals(1, notifications(ticket, OutboxTopic.SLA_OBJECTIVE_WARNING));
    assertEquals(1, notifications(ticket, OutboxTopic.SLA_DEADLINE_WARNING));
    int supervisors = alerts.supervisors().size();
    assertTrue(supervisors >= 1);
    assertEquals(supervisors, notifications(ticket, OutboxTopic.SLA_DEADLINE_BREACHED));
    OutboxMessage breach =
        asSupervisor.call(
            () ->
                outbox.about(ticket.getId()).stream()
                    .filter(m -> m.getTopic() == OutboxTopic.SLA_DEADLINE_BREACHED)
                    .findFirst()
                    .orElseThrow());
    assertTrue(breach.getSubject().contains(ticket.getReference()), breach.getSubject());
    assertTrue(breach.getBody().contains("au plus tard le"), breach.getBody());
  }

  @Test
  void aReplyBeforeTheWarningLeavesNoWarning() throws Exception {
    Ticket ticket = receive(telesoin(), "Question facturation");
    SlaClock clock = clockOf(ticket);
    Account agent = agent();
    tickets.note(ticket.getId(), ticket.getVersion(), agent.getId(), "À vérifier");
    assertTrue(clockOf(ticket).isRunning(), "neither the acknowledgement nor a note answers");
    ticket = ticketReads.find(ticket.getId()).orElseThrow();

    tickets.reply(ticket.getId(), ticket.getVersion(), agent.getId(), "Voici la réponse.");
    sweepAt(clock.getDeadlineDueAt().plus(Duration.ofDays(1)));

    assertEquals(SlaState.SATISFIED, clockOf(ticket).state());
    assertEquals(1, count(ticket, SlaEventKind.SATISFIED));
    for (SlaEventKind kind : SlaEventKind.values()) {
      if (kind.isTimed()) {
        assertEquals(0, count(ticket, kind), kind + " never");
      }
    }
    SlaEvent satisfied =
        clocks.history(ticket.getId()).stream()
            .filter(e -> e.getKind() == SlaEventKind.SATISFIED)
            .findFirst()
            .orElseThrow();
    assertTrue(satisfied.withinObjective());
    assertTrue(satisfied.withinDeadline());
    assertEquals(0, notifications(ticket, OutboxTopic.SLA_OBJECTIVE_WARNING));
  }

  @Test
  void theTicketKeepsItsRunningClocksObjectiveWhichTheQueueOrdersBy() {
    Customer customer = telesoin();
    Ticket ticket = receive(customer, "Export des bilans");
    Ticket received = ticketReads.find(ticket.getId()).orElseThrow();
    assertEquals(clockOf(ticket).getObjectiveDueAt(), received.getReplyDueAt());
    assertEquals(ticket.getVersion(), received.getVersion(), "no new version of the ticket");

    tickets.reply(ticket.getId(), received.getVersion(), agent().getId(), "Voici la marche.");
    assertNull(ticketReads.find(ticket.getId()).orElseThrow().getReplyDueAt(), "no clock runs");

    tickets.comment(ticket.getId(), customer.getId(), "Cela ne marche toujours pas.");
    assertEquals(
        clockOf(ticket).getObjectiveDueAt(),
        ticketReads.find(ticket.getId()).orElseThrow().getReplyDueAt(),
        "the new wait's objective");
  }

  @Test
  void aCustomerCommentAfterTheReplyRestartsTheClock() {
    Customer customer = telesoin();
    Ticket ticket = receive(customer, "Synchronisation agenda");
    Account agent = agent();
    tickets.reply(ticket.getId(), ticket.getVersion(), agent.getId(), "Pouvez-vous préciser ?");
    assertFalse(clockOf(ticket).isRunning(), "the reply stopped the clock");

    tickets.comment(ticket.getId(), customer.getId(), "Voici les précisions.");

    SlaClock restarted = clockOf(ticket);
    assertTrue(restarted.isRunning());
    assertEquals(2, restarted.getCycle());
    Ticket now = ticketReads.find(ticket.getId()).orElseThrow();
    assertEquals(now.getAwaitingReplySince(), restarted.getStartedAt());
    assertTrue(restarted.getStartedAt().isAfter(ticket.getReceivedAt()));
    assertEquals(2, count(ticket, SlaEventKind.STARTED));

    sweepAt(restarted.getObjectiveWarningAt());
    assertEquals(
        2,
        clocks.history(ticket.getId()).stream()
            .filter(e -> e.getKind() == SlaEventKind.OBJECTIVE_WARNING)
            .findFirst()
            .orElseThrow()
            .getCycle(),
        "the warning belongs to the second wait");
  }

  @Test
  void aHeldRequestHasNoClockUntilItsReleaseStartsIt() {
    Customer lapsed = customer(Pack.FREE, today.minusDays(400), today.minusDays(30));
    Ticket held = receive(lapsed, "Agenda bloqué");
    assertEquals(TicketStatus.AWAITING_RENEWAL, held.getStatus());
    assertTrue(clocks.of(held.getId()).isEmpty(), "no clock while held");

    subscriptions.subscribe(lapsed, Pack.FREE, today, today.plusDays(365));
    Instant before = Instant.now();
    intake.subscriptionRenewed(lapsed.getId());

    SlaClock clock = clockOf(held);
    assertTrue(clock.isRunning());
    assertFalse(clock.getStartedAt().isBefore(before), "the clock starts at the release");
    assertEquals(540, clock.getPolicy().getObjectiveMinutes(), "free pack: 9 opening hours");
    assertTrue(
        ticketThreads.publicThread(held.getId()).stream()
            .anyMatch(
                m ->
                    m.getAuthorKind() == AuthorKind.SYSTEM
                        && m.getBody().contains(DeadlineWording.fr(clock.getDeadlineDueAt()))),
        "the customer is told the deadline when the request enters the queue");
  }

  @Test
  void twoSweepsRunningTogetherRecordEachEventOnce() throws Exception {
    List<Ticket> due = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      due.add(receive(telesoin(), "Concurrence " + i));
    }
    Instant at =
        due.stream()
            .map(t -> clockOf(t).getDeadlineDueAt())
            .max(Instant::compareTo)
            .orElseThrow()
            .plusSeconds(60);
    Concurrently.run(executor, 2, () -> sweepAt(at), -1); // -1: rolled back, nothing recorded
    sweepAt(at); // whatever a rolled-back sweep left, as the next minute's sweep would

    for (Ticket ticket : due) {
      for (SlaEventKind kind : SlaEventKind.values()) {
        if (kind.isTimed()) {
          assertEquals(1, count(ticket, kind), ticket.getReference() + " " + kind);
        }
      }
      assertEquals(1, notifications(ticket, OutboxTopic.SLA_DEADLINE_WARNING));
    }
  }

  @Test
  void aTicketKeepsItsPolicyAndTheQueueSortsByTheNearestDueInstant() throws Exception {
    ServiceLevel free =
        serviceLevels.inForce().stream()
            .filter(l -> l.getPack() != null && l.getPack().getCode().equals(Pack.FREE))
            .findFirst()
            .orElseThrow();
    Ticket waitingLonger =
        receive(customer(Pack.FREE, today.minusDays(10), today.plusDays(300)), "Avant");
    asSupervisor.call(
        () ->
            serviceLevels.change(
                free.getPack().getId(),
                new SlaPolicy(Duration.ofMinutes(30), 2, 0.75, Duration.ofHours(4)),
                supervisor()));
    try {
      Ticket dueSooner =
          receive(customer(Pack.FREE, today.minusDays(10), today.plusDays(300)), "Après");

      assertEquals(540, clockOf(waitingLonger).getPolicy().getObjectiveMinutes(), "kept");
      assertEquals(30, clockOf(dueSooner).getPolicy().getObjectiveMinutes());
      List<Long> queued =
          queue
              .page(
                  new QueueFilter(Set.of(TicketStatus.OPEN), null),
                  QueueOrder.WORK,
                  true,
                  0,
                  10_000)
              .stream()
              .map(Ticket::getId)
              .toList();
      assertTrue(
          queued.indexOf(dueSooner.getId()) < queued.indexOf(waitingLonger.getId()),
          "same priority: the nearer objective first, though it waits for less time");
    } finally {
      asSupervisor.call(
          () -> serviceLevels.change(free.getPack().getId(), free.policy(), supervisor()));
    }
  }
}
