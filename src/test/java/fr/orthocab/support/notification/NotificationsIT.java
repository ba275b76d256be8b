package fr.orthocab.support.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.account.Accounts;
import fr.orthocab.support.account.Role;
import fr.orthocab.support.audit.AuditActor;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.mail.outbox.Outbox;
import fr.orthocab.support.mail.outbox.OutboxMessage;
import fr.orthocab.support.mail.outbox.OutboxTopic;
import fr.orthocab.support.subscription.Pack;
import fr.orthocab.support.testing.AsSupervisor;
import fr.orthocab.support.testing.Deployments;
import fr.orthocab.support.testing.OpenedTickets;
import fr.orthocab.support.testing.TestCustomers;
import fr.orthocab.support.ticket.AssigneeRefused;
import fr.orthocab.support.ticket.IllegalTransition;
import fr.orthocab.support.ticket.NewRequest;
import fr.orthocab.support.ticket.Priority;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketChannel;
import fr.orthocab.support.ticket.TicketReads;
import fr.orthocab.support.ticket.TicketStatus;
import fr.orthocab.support.ticket.Tickets;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.LocalDate;
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
 * Who is told of what on a request, in its transaction: the new assignee, the assignee when the
 * customer writes, the colleagues a note names (never its author); each member reads only their
 * own, and gets them by mail only if they chose so. Assignment goes only to active members.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @Inject private Tickets tickets;
  @Inject private TicketReads reads;
  @Inject private Notifications notifications;
  @Inject private Accounts accounts;
  @Inject private Outbox outbox;
  @Inject private TestCustomers customers;
  @Inject private AsSupervisor asSupervisor;
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
    ana = member("ana." + unique, "Ana" + unique + " Test", "h", Role.AGENT);
    bruno = member("bruno." + unique, "Bruno" + unique + " Test", "h", Role.SUPERVISOR);
  }

  @AfterEach
  void closeWhatWasOpened() {
    opened.closeAll(tickets);
  }

  private Account member(String login, String name, String hash, Role role) throws Exception {
    tx.begin();
    Account account = Account.forStaff(login + "@orthocab.fr", name, hash, role);
    em.persist(account);
    tx.commit();
    return account;
  }

  private Ticket ticket() {
    return opened.add(
        tickets.open(
            new NewRequest(
                customer.getId(),
                "Notifications " + unique,
                TicketCategory.OTHER,
                TicketChannel.API,
                "Texte",
                Instant.now()),
            Priority.NORMAL,
            TicketStatus.OPEN,
            null));
  }

  private List<NotificationKind> kindsOf(Account member) {
    return notifications.latest(member.getId(), 10).stream()
        .map(AgentNotification::getKind)
        .toList();
  }

  @Test
  void theAssigneeTheCustomersAnswerAndTheNamedColleagueAreToldNeverTheAuthor() {
    Ticket ticket = ticket();
    ticket = tickets.assign(ticket.getId(), ticket.getVersion(), ana.getId());
    tickets.comment(ticket.getId(), customer.getId(), "Toujours bloqué.");
    ticket = reads.find(ticket.getId()).orElseThrow();
    tickets.note(
        ticket.getId(),
        ticket.getVersion(),
        bruno.getId(),
        "@ana." + unique + " peux-tu rappeler la cliente ? (cc @bruno." + unique + ")");

    assertEquals(
        List.of(
            NotificationKind.MENTIONED,
            NotificationKind.CUSTOMER_ANSWERED,
            NotificationKind.ASSIGNED),
        kindsOf(ana));
    List<AgentNotification> told = notifications.latest(ana.getId(), 10);
    assertEquals("Bruno" + unique + " Test", told.get(0).getActor());
    assertEquals(customer.fullName(), told.get(1).getActor());
    assertEquals(AuditActor.DESK, told.get(2).getActor(), "no one logged in: the desk gave it");
    assertEquals(3, notifications.unreadCount(ana.getId()));
    assertEquals(List.of(), kindsOf(bruno), "nobody is told of what they did themselves");
  }

  @Test
  void eachMemberReadsOnlyTheirOwnAndOpeningTheRequestReadsWhatItToldThem() {
    Ticket ticket = ticket();
    ticket = tickets.assign(ticket.getId(), ticket.getVersion(), ana.getId());
    tickets.comment(ticket.getId(), customer.getId(), "Une précision.");
    AgentNotification first = notifications.latest(ana.getId(), 10).get(1);

    notifications.markRead(bruno.getId(), first.getId());
    assertEquals(2, notifications.unreadCount(ana.getId()), "someone else's is left alone");
    notifications.markRead(ana.getId(), first.getId());
    assertEquals(1, notifications.unreadCount(ana.getId()));
    assertEquals(1, notifications.readTicket(ana.getId(), ticket.getId()));
    assertEquals(0, notifications.unreadCount(ana.getId()));
    assertTrue(notifications.latest(ana.getId(), 10).stream().allMatch(AgentNotification::isRead));
  }

  @Test
  void onlyAMemberWhoChoseMailIsMailedAndNeverForWhatTheSlaAlertsAlreadyMail() throws Exception {
    notifications.chooseMail(ana.getId(), true);
    assertTrue(notifications.byMail(ana.getId()));
    assertFalse(notifications.byMail(bruno.getId()));
    Ticket ticket = ticket();
    ticket = tickets.assign(ticket.getId(), ticket.getVersion(), bruno.getId());
    ticket = tickets.assign(ticket.getId(), ticket.getVersion(), ana.getId());

    long id = ticket.getId();
    List<OutboxMessage> mailed =
        asSupervisor.call(() -> outbox.about(id)).stream()
            .filter(m -> m.getTopic() == OutboxTopic.AGENT_NOTIFICATION)
            .toList();
    assertEquals(1, mailed.size(), "Ana only: Bruno did not choose mail");
    assertEquals(ana.getEmail(), mailed.get(0).getRecipientEmail());
    assertEquals(
        "[" + ticket.getReference() + "] Demande qui vous est assignée",
        mailed.get(0).getSubject());

    notifications.chooseMail(ana.getId(), false);
    assertFalse(notifications.byMail(ana.getId()));
  }

  @Test
  void aRequestGoesOnlyToAnActiveMemberAndAFinishedOneKeepsItsName() throws Exception {
    Account invited = member("invited." + unique, "Invited " + unique, null, Role.AGENT);
    Account leaving = member("leaving." + unique, "Leaving " + unique, "h", Role.AGENT);
    tx.begin();
    accounts.deactivate(em.find(Account.class, leaving.getId()));
    tx.commit();
    Ticket ticket = ticket();
    for (Account refused : List.of(invited, leaving)) {
      long version = ticket.getVersion();
      long id = ticket.getId();
      assertThrows(AssigneeRefused.class, () -> tickets.assign(id, version, refused.getId()));
    }
    long version = ticket.getVersion();
    long id = ticket.getId();
    AssigneeRefused unknown =
        assertThrows(AssigneeRefused.class, () -> tickets.assign(id, version, -1));
    assertTrue(unknown.getMessage().contains("-1"));
    assertFalse(
        accounts.activeStaff().stream().anyMatch(a -> a.getId().equals(invited.getId())),
        "no password chosen yet");
    assertTrue(accounts.activeStaff().stream().anyMatch(a -> a.getId().equals(ana.getId())));

    ticket = tickets.assign(id, version, ana.getId());
    ticket = tickets.changeStatus(id, ticket.getVersion(), TicketStatus.CLOSED);
    long closedVersion = ticket.getVersion();
    assertThrows(IllegalTransition.class, () -> tickets.unassign(id, closedVersion));
    assertEquals(ana.getId(), reads.find(id).orElseThrow().getAssignee().getId());
  }
}
