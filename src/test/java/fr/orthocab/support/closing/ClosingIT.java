package fr.orthocab.support.closing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Customers;
import fr.orthocab.support.customer.Language;
import fr.orthocab.support.intake.Intake;
import fr.orthocab.support.mail.outbox.Outbox;
import fr.orthocab.support.mail.outbox.OutboxTopic;
import fr.orthocab.support.subscription.Pack;
import fr.orthocab.support.subscription.Subscriptions;
import fr.orthocab.support.testing.AsSupervisor;
import fr.orthocab.support.testing.Deployments;
import fr.orthocab.support.testing.OpenedTickets;
import fr.orthocab.support.ticket.AuthorKind;
import fr.orthocab.support.ticket.IllegalTransition;
import fr.orthocab.support.ticket.Message;
import fr.orthocab.support.ticket.NewRequest;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketChannel;
import fr.orthocab.support.ticket.TicketNotFound;
import fr.orthocab.support.ticket.TicketReads;
import fr.orthocab.support.ticket.TicketStatus;
import fr.orthocab.support.ticket.TicketThreads;
import fr.orthocab.support.ticket.Tickets;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Closing and reopening on the real database. Time is moved by moving the ticket's own instants
 * back (its resolution, the announced day), as the desk has no clock to turn.
 */
@ExtendWith(ArquillianExtension.class)
class ClosingIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @Inject private Tickets tickets;
  @Inject private TicketReads reads;
  @Inject private TicketThreads threads;
  @Inject private FollowUps followUps;
  @Inject private AutoClosing autoClosing;
  @Inject private Intake intake;
  @Inject private Customers customers;
  @Inject private Subscriptions subscriptions;
  @Inject private Outbox outbox;
  @Inject private AsSupervisor asSupervisor;
  @PersistenceContext private EntityManager em;
  @Resource private UserTransaction tx;
  @Resource private ManagedExecutorService executor;

  private final String unique = UUID.randomUUID().toString().substring(0, 8);
  private final OpenedTickets opened = new OpenedTickets();
  private int registered;

  @AfterEach
  void closeWhatWasOpened() {
    opened.closeAll(tickets);
  }

  private Customer customer() {
    Customer customer =
        customers.register(
            new Customer(
                "Clot",
                "Test",
                "c" + registered++ + "." + unique + "@example.fr",
                Language.FR,
                Instant.now()));
    LocalDate today = LocalDate.now();
    subscriptions.subscribe(customer, Pack.FREE, today.minusDays(30), today.plusDays(300));
    return customer;
  }

  private Ticket resolvedRequest(Customer customer) {
    Ticket ticket =
        opened.add(
            intake.receive(
                new NewRequest(
                    customer.getId(),
                    "Agenda vide " + unique,
                    TicketCategory.BUG,
                    TicketChannel.PORTAL,
                    "Mon agenda est vide depuis ce matin.",
                    Instant.now())));
    Ticket current = reads.find(ticket.getId()).orElseThrow();
    return tickets.changeStatus(current.getId(), current.getVersion(), TicketStatus.RESOLVED);
  }

  /** Moves the ticket's resolution back, as if that many days had passed since. */
  private void resolvedDaysAgo(long ticketId, int days) throws Exception {
    moveBack(ticketId, "resolved_at", Instant.now().minus(Duration.ofDays(days)));
  }

  private void moveBack(long ticketId, String column, Instant to) throws Exception {
    tx.begin();
    em.createNativeQuery("update ticket set " + column + " = ? where id = ?")
        .setParameter(1, java.sql.Timestamp.from(to))
        .setParameter(2, ticketId)
        .executeUpdate();
    tx.commit();
    em.getEntityManagerFactory().getCache().evict(Ticket.class, ticketId);
  }

  private Ticket reload(long id) {
    em.getEntityManagerFactory().getCache().evict(Ticket.class, id);
    return reads.find(id).orElseThrow();
  }

  @Test
  void theCustomerClosesTheirRequestInProgressAndItsClockStops() {
    Customer customer = customer();
    Ticket ticket =
        opened.add(
            intake.receive(
                new NewRequest(
                    customer.getId(),
                    "Facture introuvable",
                    TicketCategory.USAGE_QUESTION,
                    TicketChannel.PORTAL,
                    "Je ne trouve pas ma facture.",
                    Instant.now())));
    assertTrue(reload(ticket.getId()).awaitsReply());

    tickets.closeByCustomer(ticket.getId(), customer.getId());

    Ticket closed = reload(ticket.getId());
    assertEquals(TicketStatus.CLOSED, closed.getStatus());
    assertFalse(closed.awaitsReply(), "the reply clock stopped");
    assertThrows(
        IllegalTransition.class, () -> tickets.closeByCustomer(ticket.getId(), customer.getId()));
  }

  @Test
  void anotherCustomerCannotCloseTheRequest() {
    Ticket ticket = resolvedRequest(customer());
    Customer stranger = customer();
    assertThrows(
        TicketNotFound.class, () -> tickets.closeByCustomer(ticket.getId(), stranger.getId()));
    assertEquals(TicketStatus.RESOLVED, reload(ticket.getId()).getStatus());
  }

  @Test
  void aCommentWithinTheReopenWindowReopensTheResolvedRequest() throws Exception {
    Customer customer = customer();
    Ticket ticket = resolvedRequest(customer);
    resolvedDaysAgo(ticket.getId(), 3);

    FollowUp landed =
        followUps.write(
            ticket.getId(), customer.getId(), "Le problème est revenu.", TicketChannel.PORTAL);

    assertFalse(landed.newRequest());
    assertEquals(ticket.getId(), landed.ticket().getId());
    assertEquals(TicketStatus.OPEN, reload(ticket.getId()).getStatus());
  }

  @Test
  void aCommentAfterTheReopenWindowIsANewRequestFollowingTheOldOne() throws Exception {
    Customer customer = customer();
    Ticket ticket = resolvedRequest(customer);
    resolvedDaysAgo(ticket.getId(), 15);
    assertThrows(
        IllegalTransition.class,
        () -> tickets.comment(ticket.getId(), customer.getId(), "Trop tard pour rouvrir ?"));

    FollowUp landed =
        followUps.write(
            ticket.getId(), customer.getId(), "Le problème est revenu.", TicketChannel.PORTAL);

    assertTrue(landed.newRequest());
    opened.add(landed.ticket());
    Ticket later = reload(landed.ticket().getId());
    assertNotEquals(ticket.getId(), later.getId());
    assertEquals(ticket.getId(), later.getFollows().getId());
    assertTrue(later.getSubject().startsWith("Suite de " + ticket.getReference()));
    assertEquals(TicketStatus.OPEN, later.getStatus());
    assertEquals(
        List.of(later.getId()),
        reads.followersOf(ticket.getId()).stream().map(Ticket::getId).toList());
    assertEquals(TicketStatus.RESOLVED, reload(ticket.getId()).getStatus(), "left as it was");
  }

  @Test
  void aCommentOnAClosedRequestIsANewRequestAndTheOldOneStaysClosed() {
    Customer customer = customer();
    Ticket ticket = resolvedRequest(customer);
    tickets.closeByCustomer(ticket.getId(), customer.getId());

    FollowUp landed =
        followUps.write(ticket.getId(), customer.getId(), "Encore vide.", TicketChannel.EMAIL);

    assertTrue(landed.newRequest());
    opened.add(landed.ticket());
    assertEquals(ticket.getId(), reload(landed.ticket().getId()).getFollows().getId());
    assertEquals(TicketChannel.EMAIL, landed.ticket().getChannel());
    assertEquals(TicketStatus.CLOSED, reload(ticket.getId()).getStatus());
  }

  @Test
  void aResolvedRequestIsWarnedOnceEvenWhenClaimedConcurrentlyThenClosesOnTheDaySaid()
      throws Exception {
    Customer customer = customer();
    Ticket ticket = resolvedRequest(customer);
    resolvedDaysAgo(ticket.getId(), 6);
    Instant resolvedAt = reload(ticket.getId()).getResolvedAt();
    Instant before = Instant.now();

    List<Future<Boolean>> claims = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      claims.add(executor.submit(() -> claim(() -> autoClosing.warn(ticket.getId()))));
    }
    int warned = 0;
    for (Future<Boolean> claim : claims) {
      warned += claim.get(60, TimeUnit.SECONDS) ? 1 : 0;
    }

    assertTrue(warned <= 1, "warned " + warned + " times");
    Ticket told = reload(ticket.getId());
    assertEquals(TicketStatus.RESOLVED, told.getStatus());
    // told a day before the 7 days are over: it closes 2 days after being told, not sooner
    Instant closesAt = told.getAutoCloseAt();
    assertTrue(closesAt.isAfter(resolvedAt.plus(Duration.ofDays(7))), closesAt.toString());
    assertFalse(
        closesAt.isBefore(before.plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS)),
        closesAt.toString());
    assertFalse(closesAt.isAfter(Instant.now().plus(Duration.ofDays(2))), closesAt.toString());
    List<Message> warnings = warnings(ticket.getId());
    assertEquals(1, warnings.size(), "one warning, whoever claimed it (the sweep may have)");
    assertTrue(
        warnings
            .get(0)
            .getBody()
            .contains("Sans nouvelles de votre part, cette demande sera close"),
        warnings.get(0).getBody());
    assertEquals(
        1,
        asSupervisor.call(() -> outbox.about(ticket.getId())).stream()
            .filter(m -> m.getTopic() == OutboxTopic.AUTO_CLOSE_WARNING)
            .count(),
        "mailed once");
    assertFalse(autoClosing.close(ticket.getId()), "not before the day said");

    moveBack(ticket.getId(), "auto_close_at", Instant.now().minusSeconds(60));
    autoClosing.close(ticket.getId());

    assertEquals(TicketStatus.CLOSED, reload(ticket.getId()).getStatus());
    assertFalse(autoClosing.warn(ticket.getId()));
    assertEquals(1, warnings(ticket.getId()).size());
  }

  @Test
  void aCommentAfterTheWarningEndsTheCountdown() throws Exception {
    Customer customer = customer();
    Ticket ticket = resolvedRequest(customer);
    resolvedDaysAgo(ticket.getId(), 6);
    autoClosing.warn(ticket.getId());
    assertEquals(1, warnings(ticket.getId()).size());

    followUps.write(ticket.getId(), customer.getId(), "Pas encore réglé.", TicketChannel.PORTAL);

    Ticket reopened = reload(ticket.getId());
    assertEquals(TicketStatus.OPEN, reopened.getStatus());
    assertNull(reopened.getAutoCloseAt());
    assertFalse(autoClosing.closingsDue().contains(ticket.getId()));
    assertFalse(autoClosing.close(ticket.getId()));
  }

  @Test
  void aRecentlyResolvedRequestIsNeitherWarnedNorClosed() {
    Ticket ticket = resolvedRequest(customer());
    assertFalse(autoClosing.warningsDue().contains(ticket.getId()));
    assertFalse(autoClosing.warn(ticket.getId()));
    assertFalse(autoClosing.close(ticket.getId()));
    assertTrue(warnings(ticket.getId()).isEmpty());
  }

  private List<Message> warnings(long ticketId) {
    return threads.publicThread(ticketId).stream()
        .filter(m -> m.getAuthorKind() == AuthorKind.SYSTEM)
        .filter(m -> m.getBody().contains("sera close le"))
        .toList();
  }

  private static boolean claim(java.util.concurrent.Callable<Boolean> step) {
    try {
      return step.call();
    } catch (Exception lostTheRace) {
      return false;
    }
  }
}
