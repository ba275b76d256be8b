package fr.orthocab.support.refusal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.account.Role;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Customers;
import fr.orthocab.support.customer.Language;
import fr.orthocab.support.intake.Intake;
import fr.orthocab.support.policy.Clause;
import fr.orthocab.support.policy.Decisions;
import fr.orthocab.support.policy.Outcome;
import fr.orthocab.support.subscription.Pack;
import fr.orthocab.support.subscription.Subscriptions;
import fr.orthocab.support.testing.Deployments;
import fr.orthocab.support.testing.OpenedTickets;
import fr.orthocab.support.ticket.AuthorKind;
import fr.orthocab.support.ticket.NewRequest;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketChannel;
import fr.orthocab.support.ticket.TicketStatus;
import fr.orthocab.support.ticket.TicketThreads;
import fr.orthocab.support.ticket.Tickets;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A suspended customer's requests are kept and refused under the suspension's clause, and told so;
 * before and after the suspension, and once it is ended, they are handled as usual. Suspensions are
 * put on record here directly: the test runs without a logged-in supervisor.
 */
@ExtendWith(ArquillianExtension.class)
class SuspensionsIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @PersistenceContext private EntityManager em;
  @Resource private UserTransaction tx;
  @Inject private Intake intake;
  @Inject private Tickets tickets;
  @Inject private TicketThreads ticketThreads;
  @Inject private Customers customers;
  @Inject private Subscriptions subscriptions;
  @Inject private Suspensions suspensions;
  @Inject private Refusals refusals;
  @Inject private Decisions decisions;

  private final String unique = UUID.randomUUID().toString().substring(0, 8);
  private final OpenedTickets opened = new OpenedTickets();
  private int supervisors;

  @AfterEach
  void closeWhatWasOpened() {
    opened.closeAll(tickets);
  }

  private <T> T inTransaction(Callable<T> work) throws Exception {
    tx.begin();
    try {
      T result = work.call();
      tx.commit();
      return result;
    } catch (Exception e) {
      tx.rollback();
      throw e;
    }
  }

  private Customer coveredCustomer() {
    Instant now = Instant.now();
    Customer customer =
        customers.register(
            new Customer("Suspendu", "Test", "susp." + unique + "@example.fr", Language.FR, now));
    subscriptions.subscribe(
        customer, Pack.FREE, LocalDate.now().minusDays(10), LocalDate.now().plusDays(100));
    return customer;
  }

  private Suspension suspend(Customer customer, Instant from, Instant until) throws Exception {
    return inTransaction(
        () -> {
          Account nadia =
              Account.forStaff(
                  "sup." + supervisors++ + "." + unique + "@orthocab.fr",
                  "Nadia",
                  "h",
                  Role.SUPERVISOR);
          em.persist(nadia);
          Suspension suspension =
              new Suspension(
                  em.find(Customer.class, customer.getId()),
                  Clause.REFUSE_DISRESPECT,
                  from,
                  until,
                  "Insultes répétées envers l'équipe.",
                  null,
                  nadia,
                  from);
          em.persist(suspension);
          return suspension;
        });
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
                Instant.now())));
  }

  @Test
  void aRequestDuringTheSuspensionIsSavedAndRefusedUnderItsClauseAndTheCustomerIsTold()
      throws Exception {
    Customer customer = coveredCustomer();
    Instant from = Instant.now().minus(Duration.ofHours(1));
    suspend(customer, from, from.plus(Duration.ofDays(2)));

    Ticket ticket = receive(customer, "Toujours rien");

    assertEquals(TicketStatus.REFUSED, ticket.getStatus());
    Refusal refusal = refusals.current(ticket.getId()).orElseThrow();
    assertEquals(Clause.REFUSE_DISRESPECT, refusal.getClause());
    assertEquals("rule:SuspensionRule", refusal.getDecidedByName());
    assertEquals("Insultes répétées envers l'équipe.", refusal.getExplanation());
    assertTrue(
        decisions.ofTicket(ticket.getId()).stream()
            .anyMatch(
                d ->
                    d.getClause() == Clause.REFUSE_DISRESPECT
                        && d.getOutcome() == Outcome.REFUSED
                        && d.getDecidedBy().equals("rule:SuspensionRule")));
    String told =
        ticketThreads.publicThread(ticket.getId()).stream()
            .filter(m -> m.getAuthorKind() == AuthorKind.SYSTEM)
            .map(m -> m.getBody())
            .findFirst()
            .orElseThrow();
    assertTrue(told.contains("clause REFUSE-DISRESPECT"), told);
    assertTrue(told.contains("Insultes répétées envers l'équipe."), told);
    assertEquals(
        "Bonjour, Toujours rien",
        ticketThreads.request(ticket.getId()).getBody(),
        "nothing is lost");
  }

  @Test
  void aRequestAfterTheSuspensionOrOnceItIsEndedIsHandledAsUsual() throws Exception {
    Customer customer = coveredCustomer();
    Instant longAgo = Instant.now().minus(Duration.ofDays(5));
    suspend(customer, longAgo, longAgo.plus(Duration.ofDays(1)));

    assertEquals(TicketStatus.OPEN, receive(customer, "Après la suspension").getStatus());

    Suspension running =
        suspend(customer, Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(1)));
    assertEquals(TicketStatus.REFUSED, receive(customer, "Pendant").getStatus());
    inTransaction(
        () -> {
          Suspension suspension = em.find(Suspension.class, running.getId());
          suspension.end(suspension.getDecidedBy(), Instant.now());
          return suspension;
        });

    Ticket after = receive(customer, "Suspension levée");
    assertEquals(TicketStatus.OPEN, after.getStatus());
    assertTrue(refusals.current(after.getId()).isEmpty());
    assertEquals(2, suspensions.ofCustomer(customer.getId()).size(), "both stay on record");
    assertTrue(suspensions.ofCustomer(customer.getId()).get(0).isEnded());
    assertFalse(suspensions.coveringAt(customer.getId(), Instant.now()).isPresent());
  }

  @Test
  void onlyASupervisorSuspends() throws Exception {
    Customer customer = coveredCustomer();
    Account agent =
        inTransaction(
            () -> {
              Account lucie =
                  Account.forStaff("agent." + unique + "@orthocab.fr", "Lucie", "h", Role.AGENT);
              em.persist(lucie);
              return lucie;
            });
    assertThrows(
        EJBAccessException.class,
        () ->
            suspensions.suspend(
                customer.getId(),
                agent,
                Clause.REFUSE_SPAM,
                Instant.now().plus(Duration.ofDays(1)),
                "Trop de demandes."));
    assertTrue(suspensions.ofCustomer(customer.getId()).isEmpty());
  }
}
