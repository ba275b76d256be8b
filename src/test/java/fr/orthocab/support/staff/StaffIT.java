package fr.orthocab.support.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.account.AccountStatus;
import fr.orthocab.support.account.Accounts;
import fr.orthocab.support.account.ApiScope;
import fr.orthocab.support.account.ApiTokens;
import fr.orthocab.support.account.Role;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Customers;
import fr.orthocab.support.customer.Language;
import fr.orthocab.support.intake.Intake;
import fr.orthocab.support.mail.outbox.OutboxMessage;
import fr.orthocab.support.mail.outbox.OutboxTopic;
import fr.orthocab.support.subscription.Pack;
import fr.orthocab.support.subscription.Subscriptions;
import fr.orthocab.support.testing.AsSupervisor;
import fr.orthocab.support.testing.Deployments;
import fr.orthocab.support.testing.OpenedTickets;
import fr.orthocab.support.ticket.NewRequest;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketChannel;
import fr.orthocab.support.ticket.TicketReads;
import fr.orthocab.support.ticket.Tickets;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The team's administration in the container: invitations mailed without their link, a member who
 * leaves loses their tokens and hands their requests back to the queue, and the desk never loses
 * its last active supervisor.
 */
@ExtendWith(ArquillianExtension.class)
class StaffIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @Inject private Staff staff;
  @Inject private AsSupervisor asSupervisor;
  @Inject private Accounts accounts;
  @Inject private ApiTokens tokens;
  @Inject private Tickets tickets;
  @Inject private TicketReads ticketReads;
  @Inject private Intake intake;
  @Inject private Customers customers;
  @Inject private Subscriptions subscriptions;
  @PersistenceContext private EntityManager em;

  private final String unique = UUID.randomUUID().toString().substring(0, 8);
  private final OpenedTickets opened = new OpenedTickets();

  @AfterEach
  void closeWhatWasOpened() {
    opened.closeAll(tickets);
  }

  private Account member(String who, Role role) {
    return accounts.openForStaff(
        who + "." + unique + "@orthocab.fr", who, role, "une phrase assez longue".toCharArray());
  }

  @Test
  void anInvitationIsMailedWithoutItsLinkAndCanBeSentAgainOrWithdrawn() {
    Account boss = member("Chef", Role.SUPERVISOR);
    Account invited =
        staff.invite("nouvelle." + unique + "@orthocab.fr", "Nouvelle", Role.AGENT, boss);

    assertEquals(AccountStatus.INVITED, invited.getStatus());
    List<OutboxMessage> mails = mailsTo(invited.getEmail());
    assertEquals(1, mails.size());
    assertEquals(OutboxTopic.STAFF_INVITATION, mails.get(0).getTopic());
    assertTrue(mails.get(0).getBody().contains("Chef vous invite"), mails.get(0).getBody());
    assertFalse(mails.get(0).getBody().contains("token="));

    staff.resendInvitation(invited.getId(), boss);
    assertEquals(2, mailsTo(invited.getEmail()).size());

    staff.revokeInvitation(invited.getId());
    assertEquals(AccountStatus.DEACTIVATED, staff.member(invited.getId()).getStatus());
    assertEquals(
        StaffRefused.Reason.EMAIL_TAKEN,
        assertThrows(
                StaffRefused.class,
                () -> staff.invite(invited.getEmail().toUpperCase(), "Encore", Role.AGENT, boss))
            .reason());
  }

  @Test
  void whoLeavesLosesTheirTokensAndTheirRequestsGoBackToTheQueue() throws Exception {
    Account boss = member("Patronne", Role.SUPERVISOR);
    Account leaving = member("Partant", Role.SUPERVISOR);
    String token =
        asSupervisor.call(
            () -> tokens.create("Intégration " + unique, ApiScope.READ, leaving.getId()));
    assertTrue(tokens.authenticate(token).isPresent());
    Ticket ticket = open(customer());
    tickets.assign(ticket.getId(), ticket.getVersion(), leaving.getId());

    assertEquals(1, staff.deactivate(leaving.getId(), boss));

    assertTrue(tokens.authenticate(token).isEmpty(), "a deactivated member's token stops");
    assertNull(ticketReads.find(ticket.getId()).orElseThrow().getAssignee());
    assertFalse(accounts.sessionRole(leaving.getEmail(), Instant.now()).isPresent());

    staff.reactivate(leaving.getId(), boss);
    assertEquals(AccountStatus.ACTIVE, staff.member(leaving.getId()).getStatus());
    assertTrue(tokens.authenticate(token).isPresent(), "their tokens work again with them");
  }

  @Test
  void theLastActiveSupervisorStaysOneAndNobodyRetiresThemselves() {
    Account boss = member("Seule", Role.SUPERVISOR);
    assertEquals(
        StaffRefused.Reason.SELF,
        assertThrows(StaffRefused.class, () -> staff.deactivate(boss.getId(), boss)).reason());
    assertEquals(
        StaffRefused.Reason.SELF,
        assertThrows(StaffRefused.class, () -> staff.changeRole(boss.getId(), Role.AGENT, boss))
            .reason());

    List<Account> others =
        accounts.staff().stream()
            .filter(a -> a.getRole() == Role.SUPERVISOR && a.getStatus() == AccountStatus.ACTIVE)
            .filter(a -> !a.getId().equals(boss.getId()))
            .toList();
    if (others.isEmpty()) {
      assertEquals(
          StaffRefused.Reason.LAST_SUPERVISOR,
          assertThrows(StaffRefused.class, () -> staff.deactivate(boss.getId(), null)).reason());
    } else {
      // other tests' supervisors share this database: the guard is seen on a role change by token
      Account agent = member("Agent", Role.AGENT);
      staff.changeRole(agent.getId(), Role.SUPERVISOR, boss);
      assertEquals(Role.SUPERVISOR, staff.member(agent.getId()).getRole());
      staff.changeRole(agent.getId(), Role.AGENT, boss);
      assertEquals(Role.AGENT, staff.member(agent.getId()).getRole());
    }
  }

  private Customer customer() {
    Customer customer =
        customers.register(
            new Customer(
                "Client", "Test", "client." + unique + "@example.fr", Language.FR, Instant.now()));
    LocalDate today = LocalDate.now();
    subscriptions.subscribe(customer, Pack.TELESOIN, today.minusDays(10), today.plusDays(10));
    return customer;
  }

  private Ticket open(Customer customer) {
    return opened.add(
        intake.receive(
            new NewRequest(
                customer.getId(),
                "Demande " + unique,
                TicketCategory.BUG,
                TicketChannel.PORTAL,
                "Description du problème",
                Instant.now())));
  }

  private List<OutboxMessage> mailsTo(String email) {
    return em.createQuery(
            "select m from OutboxMessage m where m.recipientEmail = :email order by m.id",
            OutboxMessage.class)
        .setParameter("email", email)
        .getResultList();
  }
}
