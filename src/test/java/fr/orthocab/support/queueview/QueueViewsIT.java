package fr.orthocab.support.queueview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.account.Accounts;
import fr.orthocab.support.account.Role;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Customers;
import fr.orthocab.support.customer.Language;
import fr.orthocab.support.intake.Intake;
import fr.orthocab.support.screening.FlagKind;
import fr.orthocab.support.subscription.Pack;
import fr.orthocab.support.subscription.Subscriptions;
import fr.orthocab.support.testing.Deployments;
import fr.orthocab.support.testing.OpenedTickets;
import fr.orthocab.support.ticket.NewRequest;
import fr.orthocab.support.ticket.QueueFilter;
import fr.orthocab.support.ticket.QueueOrder;
import fr.orthocab.support.ticket.SlaAlert;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketChannel;
import fr.orthocab.support.ticket.TicketQueue;
import fr.orthocab.support.ticket.Tickets;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An agent's saved views are theirs alone, the queue remembers each agent's last view, and the
 * views' counts and filters find what they say (due within 2 hours, breached).
 */
@ExtendWith(ArquillianExtension.class)
class QueueViewsIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @Inject private SavedViews views;
  @Inject private ViewCounts counts;
  @Inject private Accounts accounts;
  @Inject private Customers customers;
  @Inject private Subscriptions subscriptions;
  @Inject private Intake intake;
  @Inject private Tickets tickets;
  @Inject private TicketQueue queue;
  @PersistenceContext private EntityManager em;
  @Resource private UserTransaction tx;

  private final String unique = UUID.randomUUID().toString().substring(0, 8);
  private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
  private final OpenedTickets opened = new OpenedTickets();

  @AfterEach
  void closeWhatWasOpened() {
    opened.closeAll(tickets);
  }

  private Account agent(String name) {
    return accounts.openForStaff(
        name + "." + unique + "@orthocab.fr", name, Role.AGENT, "x".toCharArray());
  }

  private static ViewCriteria words(String words) {
    return new ViewCriteria("ALL", null, words, null, null, null, null, null, null);
  }

  @Test
  void anAgentsSavedViewsAreTheirsAlone() {
    Account lucie = agent("Lucie");
    Account thomas = agent("Thomas");
    SavedView mine = views.save(lucie, "  Mes factures ", words("facture"));
    long id = mine.getId();
    assertEquals("Mes factures", mine.getName());

    assertTrue(views.find(thomas, id).isEmpty());
    assertTrue(views.of(thomas).isEmpty());
    assertRefused(ViewRefused.Reason.NOT_FOUND, () -> views.rename(thomas, id, "À moi"));
    assertRefused(ViewRefused.Reason.NOT_FOUND, () -> views.delete(thomas, id));
    assertEquals("Mes factures", views.find(lucie, id).orElseThrow().getName());

    assertRefused(
        ViewRefused.Reason.NAME_TAKEN, () -> views.save(lucie, "mes FACTURES", words("x")));
    assertRefused(ViewRefused.Reason.NAME_MISSING, () -> views.save(lucie, "  ", words("x")));
    assertRefused(
        ViewRefused.Reason.NAME_TOO_LONG, () -> views.save(lucie, "v".repeat(61), words("x")));
    views.save(thomas, "Mes factures", words("facture"));

    views.rename(lucie, id, "Factures en retard");
    assertEquals(
        List.of("Factures en retard"), views.of(lucie).stream().map(SavedView::getName).toList());
    views.delete(lucie, id);
    assertTrue(views.of(lucie).isEmpty());
    assertEquals(1, views.of(thomas).size());
  }

  @Test
  void aSavedViewKeepsEveryFilter() {
    Account lucie = agent("Lucie");
    ViewCriteria all =
        new ViewCriteria(
            "HELD",
            TicketCategory.CONFIGURATION,
            "rappels sms",
            "thomas.roux@orthocab.fr",
            Pack.TELESOIN,
            FlagKind.PROBABLE_DUPLICATE,
            SlaAlert.DUE_SOON,
            LocalDate.of(2026, 1, 5),
            LocalDate.of(2026, 2, 5));
    long id = views.save(lucie, "Tout", all).getId();
    em.clear();
    assertEquals(all, views.find(lucie, id).orElseThrow().criteria());
  }

  @Test
  void theQueueRemembersEachAgentsLastView() {
    Account lucie = agent("Lucie");
    Account thomas = agent("Thomas");
    assertTrue(views.last(lucie).isEmpty());
    views.remember(lucie, "breached");
    views.remember(thomas, "mine");
    assertEquals("breached", views.last(lucie).orElseThrow());
    views.remember(lucie, "saved-77");
    assertEquals("saved-77", views.last(lucie).orElseThrow());
    assertEquals("mine", views.last(thomas).orElseThrow());
    assertThrows(EJBException.class, () -> views.remember(lucie, "theirs"));
    assertEquals("saved-77", views.last(lucie).orElseThrow());
  }

  @Test
  void dueWithinTwoHoursAndBreachedFindWhatTheClocksSay() throws Exception {
    String mark = "zq" + unique.replaceAll("[^b-d]", "") + "vxk";
    Customer customer =
        customers.register(
            new Customer("Vues", "Test", "vues." + unique + "@example.fr", Language.FR, now));
    subscriptions.subscribe(
        customer, Pack.FREE, LocalDate.now().minusDays(10), LocalDate.now().plusDays(10));
    Ticket objectiveSoon = open(customer, mark + " un");
    Ticket deadlineSoon = open(customer, mark + " deux");
    Ticket later = open(customer, mark + " trois");
    Ticket breached = open(customer, mark + " quatre");
    clock(objectiveSoon, now.plus(Duration.ofMinutes(60)), now.plus(Duration.ofDays(2)), null);
    clock(deadlineSoon, now.minus(Duration.ofMinutes(30)), now.plus(Duration.ofMinutes(90)), null);
    clock(later, now.plus(Duration.ofHours(3)), now.plus(Duration.ofDays(2)), null);
    clock(
        breached,
        now.minus(Duration.ofHours(5)),
        now.minus(Duration.ofMinutes(2)),
        now.minus(Duration.ofMinutes(1)));

    QueueFilter soon = filter(customer, SlaAlert.DUE_SOON);
    assertEquals(2, queue.count(soon));
    assertEquals(
        Set.of(objectiveSoon.getId(), deadlineSoon.getId()),
        Set.copyOf(
            queue.page(soon, QueueOrder.DUE, true, 0, 10).stream().map(Ticket::getId).toList()));
    assertEquals(
        List.of(breached.getId()),
        queue.page(filter(customer, SlaAlert.BREACHED), QueueOrder.WORK, true, 0, 10).stream()
            .map(Ticket::getId)
            .toList());

    Map<String, Integer> counted =
        counts.count(
            Map.of(
                "all",
                words(mark),
                "soon",
                words(mark).withSla(SlaAlert.DUE_SOON),
                "breached",
                words(mark).withSla(SlaAlert.BREACHED)),
            "lucie.moreau@orthocab.fr");
    assertEquals(Map.of("all", 4, "soon", 2, "breached", 1), counted);
  }

  private Ticket open(Customer customer, String subject) {
    return opened.add(
        intake.receive(
            new NewRequest(
                customer.getId(),
                subject,
                TicketCategory.BUG,
                TicketChannel.PORTAL,
                "Description du problème",
                now)));
  }

  private static QueueFilter filter(Customer customer, SlaAlert alert) {
    return new QueueFilter(
        Set.of(), null, null, customer.getEmail(), null, null, null, null, null, alert);
  }

  /** Sets the running clock's due instants as if the ticket had waited that long. */
  private void clock(Ticket ticket, Instant objective, Instant deadline, Instant breachedAt)
      throws Exception {
    tx.begin();
    int changed =
        em.createNativeQuery(
                "update sla_clock set objective_due_at = ?, deadline_due_at = ?"
                    + " where ticket_id = ? and last_outcome is null")
            .setParameter(1, Timestamp.from(objective))
            .setParameter(2, Timestamp.from(deadline))
            .setParameter(3, ticket.getId())
            .executeUpdate();
    if (breachedAt != null) {
      em.createNativeQuery("update sla_clock set deadline_breached_at = ? where ticket_id = ?")
          .setParameter(1, Timestamp.from(breachedAt))
          .setParameter(2, ticket.getId())
          .executeUpdate();
    }
    tx.commit();
    assertEquals(1, changed, "the ticket's running clock");
  }

  private static void assertRefused(ViewRefused.Reason reason, Runnable action) {
    ViewRefused refused = assertThrows(ViewRefused.class, action::run);
    assertEquals(reason, refused.getReason());
  }
}
