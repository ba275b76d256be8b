package fr.orthocab.support.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.account.Role;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.subscription.Pack;
import fr.orthocab.support.testing.Deployments;
import fr.orthocab.support.testing.OpenedTickets;
import fr.orthocab.support.testing.TestCustomers;
import fr.orthocab.support.ticket.NewRequest;
import fr.orthocab.support.ticket.Priority;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketChannel;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Agents on one request hear of each other, never of themselves nor of pages long closed. */
@ExtendWith(ArquillianExtension.class)
class PresencesIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @Inject private Presences presences;
  @Inject private Tickets tickets;
  @Inject private TestCustomers customers;
  @Resource private UserTransaction tx;
  @PersistenceContext private EntityManager em;

  private final String unique = UUID.randomUUID().toString().substring(0, 8);
  private final OpenedTickets opened = new OpenedTickets();

  @AfterEach
  void closeWhatWasOpened() {
    opened.closeAll(tickets);
  }

  private Account agent(String name) throws Exception {
    tx.begin();
    Account account =
        Account.forStaff(name.toLowerCase() + "." + unique + "@orthocab.fr", name, "h", Role.AGENT);
    em.persist(account);
    tx.commit();
    return account;
  }

  private Ticket ticket() {
    Customer customer =
        customers.subscribed(Pack.FREE, LocalDate.now().minusDays(1), LocalDate.now().plusDays(30));
    return opened.add(
        tickets.open(
            new NewRequest(
                customer.getId(),
                "Présence " + unique,
                TicketCategory.OTHER,
                TicketChannel.API,
                "Texte",
                Instant.now()),
            Priority.NORMAL,
            TicketStatus.OPEN,
            null));
  }

  @Test
  void agentsOnOneRequestHearOfEachOtherAndOfWhoIsWriting() throws Exception {
    Account ana = agent("Ana");
    Account bruno = agent("Bruno");
    long id = ticket().getId();

    assertEquals(List.of(), presences.here(id, ana.getId(), false), "alone");
    assertEquals(List.of(new Colleague("Ana", false)), presences.here(id, bruno.getId(), true));
    assertEquals(List.of(new Colleague("Bruno", true)), presences.here(id, ana.getId(), false));
    presences.here(id, bruno.getId(), false);
    assertEquals(List.of(new Colleague("Bruno", false)), presences.others(id, ana.getId()));

    presences.left(id, bruno.getId());
    assertEquals(List.of(), presences.others(id, ana.getId()), "Bruno closed the page");
  }

  @Test
  void aPageThatStoppedSpeakingIsGoneThenForgotten() throws Exception {
    Account ana = agent("Ana");
    Account gone = agent("Gone");
    long id = ticket().getId();
    Instant longAgo = Instant.now().minus(Presences.GONE_AFTER.multipliedBy(31));
    tx.begin();
    em.persist(new TicketPresence(id, gone.getId(), true, longAgo));
    tx.commit();

    assertEquals(List.of(), presences.here(id, ana.getId(), false), "not there any more");
    assertTrue(presences.forgetGone() >= 1);
    assertEquals(null, em.find(TicketPresence.class, new TicketPresence.Key(id, gone.getId())));
    assertTrue(
        em.find(TicketPresence.class, new TicketPresence.Key(id, ana.getId())) != null,
        "a page still open stays");
  }
}
