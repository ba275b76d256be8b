package fr.orthocab.support.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.account.Role;
import fr.orthocab.support.audit.AuditAction;
import fr.orthocab.support.audit.AuditTrail;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.notification.NotificationKind;
import fr.orthocab.support.notification.Notifications;
import fr.orthocab.support.subscription.Pack;
import fr.orthocab.support.testing.Deployments;
import fr.orthocab.support.testing.OpenedTickets;
import fr.orthocab.support.testing.TestCustomers;
import fr.orthocab.support.ticket.BulkResult.Reason;
import fr.orthocab.support.ticket.BulkResult.Skipped;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A change applied to a selection, each ticket in the version the agent saw and on its own: the
 * ones changed meanwhile or that their status refuses are skipped and named, the others changed,
 * each recorded in its own history, its assignee told once.
 */
@ExtendWith(ArquillianExtension.class)
class TicketsInBulkIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @Inject private TicketsInBulk bulk;
  @Inject private Tickets tickets;
  @Inject private TicketReads reads;
  @Inject private TicketThreads threads;
  @Inject private AuditTrail audit;
  @Inject private Notifications notifications;
  @Inject private TestCustomers customers;
  @Resource private UserTransaction tx;
  @PersistenceContext private EntityManager em;

  private final String unique = UUID.randomUUID().toString().substring(0, 8);
  private final OpenedTickets opened = new OpenedTickets();
  private Customer customer;
  private Account ana;
  private Account bruno;

  @BeforeEach
  void team() throws Exception {
    customer =
        customers.subscribed(Pack.FREE, LocalDate.now().minusDays(1), LocalDate.now().plusDays(30));
    ana = member("ana." + unique, "Ana" + unique + " Test");
    bruno = member("bruno." + unique, "Bruno" + unique + " Test");
  }

  @AfterEach
  void closeWhatWasOpened() {
    opened.closeAll(tickets);
  }

  private Account member(String login, String name) throws Exception {
    tx.begin();
    Account account = Account.forStaff(login + "@orthocab.fr", name, "h", Role.AGENT);
    em.persist(account);
    tx.commit();
    return account;
  }

  private List<Ticket> open(int count) {
    return IntStream.rangeClosed(1, count)
        .mapToObj(
            i ->
                opened.add(
                    tickets.open(
                        new NewRequest(
                            customer.getId(),
                            "Lot " + unique + " n° " + i,
                            TicketCategory.OTHER,
                            TicketChannel.API,
                            "Texte " + i,
                            Instant.now()),
                        Priority.NORMAL,
                        TicketStatus.OPEN,
                        null)))
        .toList();
  }

  /** Waiting on the customer needs a reply sent first. */
  private List<Ticket> answered(List<Ticket> opened) {
    for (Ticket ticket : opened) {
      tickets.reply(ticket.getId(), ticket.getVersion(), bruno.getId(), "Pouvez-vous préciser ?");
    }
    return opened.stream().map(this::now).toList();
  }

  private static List<SeenTicket> seen(List<Ticket> shown) {
    return shown.stream().map(SeenTicket::of).toList();
  }

  private Ticket now(Ticket ticket) {
    return reads.find(ticket.getId()).orElseThrow();
  }

  /**
   * The ticket's history as this test wrote it: what was done and its detail ("OPEN → CLOSED"),
   * newest first; entries since the ticket was opened only (PersistenceMappingIT writes one for a
   * made-up ticket id that a ticket of this test may have).
   */
  private List<String> historyOf(Ticket ticket) {
    return audit.latestOfTicket(ticket.getId(), 20).stream()
        .filter(e -> !e.getOccurredAt().isBefore(ticket.getReceivedAt()))
        .map(e -> e.getAction() + " " + e.getDetail())
        .toList();
  }

  @Test
  void twentyTicketsOneChangedMeanwhileNineteenChangedEachInItsHistoryAndTheOtherNamed() {
    List<Ticket> shown = answered(open(20));
    List<SeenTicket> selection = seen(shown);
    Ticket meanwhile = shown.get(6);
    tickets.note(meanwhile.getId(), meanwhile.getVersion(), bruno.getId(), "Je m'en occupe.");

    BulkResult result =
        bulk.apply(selection, BulkChange.status(TicketStatus.WAITING_ON_CUSTOMER), ana.getId());

    List<String> others = new ArrayList<>(shown.stream().map(Ticket::getReference).toList());
    others.remove(meanwhile.getReference());
    assertEquals(others, result.changed(), result.skipped().toString());
    assertEquals(
        List.of(new Skipped(meanwhile.getId(), meanwhile.getReference(), Reason.CHANGED_MEANWHILE)),
        result.skipped());
    assertEquals(TicketStatus.OPEN, now(meanwhile).getStatus(), "left as it was");
    assertTrue(historyOf(meanwhile).isEmpty(), historyOf(meanwhile).toString());
    for (Ticket ticket : shown) {
      if (!ticket.getId().equals(meanwhile.getId())) {
        assertEquals(TicketStatus.WAITING_ON_CUSTOMER, now(ticket).getStatus());
        assertEquals(
            List.of(AuditAction.TICKET_STATUS_CHANGED + " OPEN → WAITING_ON_CUSTOMER"),
            historyOf(ticket));
      }
    }
  }

  @Test
  void aMergedTicketRefusesToBeClosedAndTheOthersAreClosedAllTheSame() {
    List<Ticket> shown = open(3);
    Ticket duplicate = shown.get(1);
    tickets.merge(duplicate.getId(), duplicate.getVersion(), shown.get(0).getId());
    List<SeenTicket> selection =
        List.of(
            SeenTicket.of(now(shown.get(0))), SeenTicket.of(now(duplicate)), seen(shown).get(2));

    BulkResult result = bulk.apply(selection, BulkChange.status(TicketStatus.CLOSED), ana.getId());

    assertEquals(
        List.of(shown.get(0).getReference(), shown.get(2).getReference()), result.changed());
    assertEquals(
        List.of(new Skipped(duplicate.getId(), duplicate.getReference(), Reason.NOT_ALLOWED)),
        result.skipped());
    assertEquals(TicketStatus.MERGED, now(duplicate).getStatus());
    assertEquals(TicketStatus.CLOSED, now(shown.get(2)).getStatus());
  }

  @Test
  void eachAssignedTicketIsToldOnceAndOneAlreadyTheirsIsLeftAsItIs() {
    List<Ticket> shown = open(3);
    Ticket already = tickets.assign(shown.get(2).getId(), shown.get(2).getVersion(), ana.getId());
    List<SeenTicket> selection = new ArrayList<>(seen(shown.subList(0, 2)));
    selection.add(SeenTicket.of(already));
    long before = notifications.unreadCount(ana.getId());

    BulkResult result = bulk.apply(selection, BulkChange.assign(ana.getId()), bruno.getId());

    assertEquals(
        List.of(shown.get(0).getReference(), shown.get(1).getReference()), result.changed());
    assertEquals(Reason.NOTHING_TO_CHANGE, result.skipped().get(0).reason());
    assertEquals(before + 2, notifications.unreadCount(ana.getId()), "once per ticket changed");
    List<Long> told =
        notifications.latest(ana.getId(), 10).stream()
            .filter(n -> n.getKind() == NotificationKind.ASSIGNED)
            .map(n -> n.getTicket().getId())
            .toList();
    assertEquals(3, told.size(), "two now, one before: " + told);
    assertTrue(told.containsAll(List.of(shown.get(0).getId(), shown.get(1).getId())));
    assertEquals(
        List.of(AuditAction.TICKET_ASSIGNED + " " + ana.getDisplayName()), historyOf(shown.get(0)));

    BulkResult back =
        bulk.apply(
            seen(List.of(now(shown.get(0)), now(shown.get(1)))),
            BulkChange.unassignAll(),
            bruno.getId());
    assertEquals(2, back.changed().size());
    assertEquals(null, now(shown.get(1)).getAssignee());
  }

  @Test
  void aNoteNamingAColleagueTellsThemOncePerTicketNotedAndACannedActionAddsStatusAndNote() {
    List<Ticket> shown = open(3);
    Ticket meanwhile =
        tickets.changeStatus(
            shown.get(2).getId(), shown.get(2).getVersion(), TicketStatus.RESOLVED);
    long before = notifications.unreadCount(ana.getId());

    BulkResult noted =
        bulk.apply(
            seen(shown), BulkChange.note("@ana." + unique + " à rappeler demain"), bruno.getId());

    assertEquals(2, noted.changed().size());
    assertEquals(Reason.CHANGED_MEANWHILE, noted.skipped().get(0).reason());
    assertEquals(before + 2, notifications.unreadCount(ana.getId()), "one mention per note added");
    Message note = threads.fullThread(shown.get(0).getId()).get(1);
    assertEquals(Visibility.INTERNAL, note.getVisibility());
    assertEquals("Bruno" + unique + " Test", note.getAuthorName());

    List<SeenTicket> again = seen(List.of(now(shown.get(0)), now(shown.get(1)), now(meanwhile)));
    BulkResult answered =
        bulk.apply(
            again,
            BulkChange.answerAction(TicketStatus.RESOLVED, "Réponse type : mise à jour 4.2"),
            bruno.getId());

    assertEquals(3, answered.changed().size(), "the resolved one gets the note alone");
    for (Ticket ticket : List.of(shown.get(0), shown.get(1), meanwhile)) {
      assertEquals(TicketStatus.RESOLVED, now(ticket).getStatus());
      List<Message> thread = threads.fullThread(ticket.getId());
      assertEquals("Réponse type : mise à jour 4.2", thread.get(thread.size() - 1).getBody());
    }
  }
}
