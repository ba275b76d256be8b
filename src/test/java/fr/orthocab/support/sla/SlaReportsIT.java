package fr.orthocab.support.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.account.Accounts;
import fr.orthocab.support.account.Role;
import fr.orthocab.support.admin.reports.WeeklySharesCsv;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Customers;
import fr.orthocab.support.customer.Language;
import fr.orthocab.support.intake.Intake;
import fr.orthocab.support.sla.calendar.SlaPolicy;
import fr.orthocab.support.sla.report.BreachedTicket;
import fr.orthocab.support.sla.report.FirstReplyTimes;
import fr.orthocab.support.sla.report.IsoWeek;
import fr.orthocab.support.sla.report.ReportPeriod;
import fr.orthocab.support.sla.report.SlaReport;
import fr.orthocab.support.sla.report.WeeklyShare;
import fr.orthocab.support.subscription.Pack;
import fr.orthocab.support.subscription.Subscriptions;
import fr.orthocab.support.testing.AsSupervisor;
import fr.orthocab.support.testing.Deployments;
import fr.orthocab.support.testing.OpenedTickets;
import fr.orthocab.support.ticket.NewRequest;
import fr.orthocab.support.ticket.Sender;
import fr.orthocab.support.ticket.SenderRequest;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketChannel;
import fr.orthocab.support.ticket.TicketReads;
import fr.orthocab.support.ticket.TicketStatus;
import fr.orthocab.support.ticket.Tickets;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SLA report on the real database, on a pack of the test's own so that other tests' replies do
 * not count: history at fixed instants across a change of year and of daylight saving time, and a
 * reply through the real flow (intake, an agent's reply).
 */
@ExtendWith(ArquillianExtension.class)
class SlaReportsIT {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @Inject private SlaReports reports;
  @Inject private SlaEventsAt history;
  @Inject private ServiceLevels serviceLevels;
  @Inject private Intake intake;
  @Inject private Tickets tickets;
  @Inject private TicketReads ticketReads;
  @Inject private Customers customers;
  @Inject private Subscriptions subscriptions;
  @Inject private Accounts accounts;
  @Inject private AsSupervisor asSupervisor;

  private final String unique = UUID.randomUUID().toString().substring(0, 8);
  private final OpenedTickets opened = new OpenedTickets();
  private String pack;
  private ServiceLevel level;
  private Account agent;

  @BeforeEach
  void ownPackWithItsPolicy() throws Exception {
    pack = "RPT-" + unique;
    Pack created = history.pack(pack);
    Account supervisor =
        accounts.openForStaff(
            "sup." + unique + "@orthocab.fr", "Nadia", Role.SUPERVISOR, "x".toCharArray());
    agent =
        accounts.openForStaff(
            "agent." + unique + "@orthocab.fr", "Lucie", Role.AGENT, "x".toCharArray());
    level =
        asSupervisor.call(
            () -> serviceLevels.change(created.getId(), SlaPolicy.NORMAL, supervisor));
  }

  @AfterEach
  void closeWhatWasOpened() {
    opened.closeAll(tickets);
  }

  /** A request kept until its sender is identified: no reply clock of its own. */
  private long heldTicket(String subject) {
    return tickets
        .openFromUnknownSender(
            new SenderRequest(
                new Sender("rpt." + UUID.randomUUID() + "@example.fr", "Essai", "Rapport"),
                subject,
                TicketCategory.USAGE_QUESTION,
                TicketChannel.API,
                "Bonjour",
                Instant.now()))
        .getId();
  }

  private void reply(long ticket, int cycle, String objectiveDue, String at, long seconds) {
    Instant replied = Instant.parse(at);
    history.reply(
        ticket,
        level.getId(),
        cycle,
        replied.minus(Duration.ofDays(1)),
        Instant.parse(objectiveDue),
        Instant.parse(objectiveDue).plus(Duration.ofDays(2)),
        replied,
        Duration.ofSeconds(seconds));
  }

  private SlaReport report(LocalDate from, LocalDate to, String pack) throws Exception {
    return asSupervisor.call(() -> reports.report(new ReportPeriod(from, to), pack));
  }

  @Test
  void weeklySharesAndFirstReplyTimesFollowParisWeeksAcrossTheNewYear() throws Exception {
    long first = heldTicket("Premier");
    long second = heldTicket("Deuxième");
    long third = heldTicket("Troisième");
    long fourth = heldTicket("Quatrième");
    long fifth = heldTicket("Cinquième");
    // Monday 28 December 2020: within objective and deadline, 1 opening hour
    reply(first, 1, "2020-12-28T10:00:00Z", "2020-12-28T09:00:00Z", 3_600);
    // Sunday 3 January 23:30 in Paris, past the objective and the deadline: still week 53
    reply(second, 1, "2020-12-30T10:00:00Z", "2021-01-03T22:30:00Z", 8_100);
    // Monday 4 January 00:30 in Paris, Sunday in UTC: week 1 of 2021
    reply(third, 1, "2021-01-04T10:00:00Z", "2021-01-03T23:30:00Z", 600);
    // the first ticket's second wait: a reply of the week, not a first reply
    reply(first, 2, "2021-01-05T09:00:00Z", "2021-01-05T10:00:00Z", 32_400);
    // Monday 11 January 00:30 in Paris: after the period, although still 10 January in UTC
    reply(fourth, 1, "2021-01-11T10:00:00Z", "2021-01-10T23:30:00Z", 60);
    // Monday 29 March 2021 00:30 in Paris, the night clocks went forward: week 13
    reply(fifth, 1, "2021-03-29T10:00:00Z", "2021-03-28T22:30:00Z", 60);

    SlaReport report = report(LocalDate.of(2020, 12, 21), LocalDate.of(2021, 1, 10), pack);

    assertEquals(4, report.replies());
    assertEquals(
        List.of(
            new WeeklyShare(pack, new IsoWeek(2020, 53), 2, 1, 1),
            new WeeklyShare(pack, new IsoWeek(2021, 1), 2, 1, 2)),
        report.weeklyShares());
    // nearest rank over 600, 3600, 8100 s: the 2nd for the median, the 3rd for the 90th
    assertEquals(List.of(new FirstReplyTimes(pack, 3, 3_600, 8_100)), report.firstReplyTimes());
    assertEquals(
        List.of(new WeeklyShare(pack, new IsoWeek(2021, 13), 1, 1, 1)),
        report(LocalDate.of(2021, 3, 22), LocalDate.of(2021, 4, 4), pack).weeklyShares());

    String csv =
        new String(
            WeeklySharesCsv.of(report.weeklyShares(), code -> "Pack essai " + code),
            StandardCharsets.UTF_8);
    assertEquals(
        "\uFEFFPack;Semaine;Lundi;Réponses;Dans l'objectif;Part dans l'objectif (%);"
            + "Dans le délai;Part dans le délai (%)\r\n"
            + "Pack essai "
            + pack
            + ";2020-W53;28/12/2020;2;1;50,0;1;50,0\r\n"
            + "Pack essai "
            + pack
            + ";2021-W01;04/01/2021;2;1;50,0;2;100,0\r\n",
        csv);
  }

  @Test
  void aPeriodWithoutReplyIsEmptyNotADivisionByZero() throws Exception {
    SlaReport report = report(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 3, 31), pack);
    assertTrue(report.isEmpty());
    assertTrue(report.weeklyShares().isEmpty());
    assertTrue(report.firstReplyTimes().isEmpty());
  }

  @Test
  void aTicketPastItsDeadlineIsListedUntilItsClockStopsRunning() throws Exception {
    long late = heldTicket("En retard " + unique);
    Instant deadline = Instant.parse("2020-12-31T23:00:00Z");
    history.breach(late, level.getId(), Instant.parse("2020-12-28T08:00:00Z"), deadline);

    List<BreachedTicket> breached = asSupervisor.call(() -> reports.breachedNow(pack));

    assertEquals(1, breached.size());
    BreachedTicket ticket = breached.get(0);
    assertEquals(late, ticket.ticketId());
    assertEquals("En retard " + unique, ticket.subject());
    assertEquals(pack, ticket.pack());
    assertEquals(deadline, ticket.deadline());
    assertTrue(ticket.requester().contains("Rapport Essai"), ticket.requester());
    assertTrue(
        asSupervisor.call(() -> reports.breachedNow(null)).stream()
            .anyMatch(b -> b.ticketId() == late));
  }

  @Test
  void aReplyThroughTheRealFlowCountsForThePackOfTheCustomer() throws Exception {
    LocalDate today = LocalDate.now(PARIS);
    Customer customer =
        customers.register(
            new Customer(
                "Petit",
                "Rapport",
                "rpt." + unique + "@example.fr",
                Language.FR,
                Instant.now().truncatedTo(ChronoUnit.MILLIS)));
    subscriptions.subscribe(customer, pack, today.minusDays(30), today.plusDays(300));
    Ticket ticket =
        opened.add(
            intake.receive(
                new NewRequest(
                    customer.getId(),
                    "Question pour le rapport",
                    TicketCategory.USAGE_QUESTION,
                    TicketChannel.PORTAL,
                    "Bonjour, une question.",
                    Instant.now())));
    assertEquals(TicketStatus.OPEN, ticket.getStatus());

    tickets.reply(
        ticket.getId(),
        ticketReads.find(ticket.getId()).orElseThrow().getVersion(),
        agent.getId(),
        "Voici la réponse.");
    SlaReport report = report(today, today, pack);

    assertEquals(1, report.replies());
    WeeklyShare share = report.weeklyShares().get(0);
    assertEquals(IsoWeek.of(today), share.week());
    assertEquals(1.0, share.getObjectiveShare());
    assertEquals(1.0, share.getDeadlineShare());
    FirstReplyTimes times = report.firstReplyTimes().get(0);
    assertEquals(1, times.tickets());
    assertTrue(times.medianSeconds() < 60, "answered at once: " + times.medianSeconds());
    assertEquals(times.medianSeconds(), times.p90Seconds());
  }

  @Test
  void onlySupervisorsMayReadTheReports() {
    assertThrows(
        EJBAccessException.class,
        () -> reports.report(ReportPeriod.lastWeeks(12, LocalDate.now(PARIS)), null));
    assertThrows(EJBAccessException.class, () -> reports.breachedNow(null));
  }
}
