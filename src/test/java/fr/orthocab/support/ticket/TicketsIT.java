package fr.orthocab.support.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.account.Accounts;
import fr.orthocab.support.account.Role;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Customers;
import fr.orthocab.support.customer.Language;
import fr.orthocab.support.intake.Intake;
import fr.orthocab.support.sla.SlaClocks;
import fr.orthocab.support.sla.SlaEvent;
import fr.orthocab.support.sla.SlaEventKind;
import fr.orthocab.support.subscription.Pack;
import fr.orthocab.support.subscription.Subscriptions;
import fr.orthocab.support.testing.Deployments;
import fr.orthocab.support.testing.OpenedTickets;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The ticket entry point in the container, on the real database. */
@ExtendWith(ArquillianExtension.class)
class TicketsIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @Inject private Tickets tickets;

  @Inject private TicketReads ticketReads;

  @Inject private TicketThreads ticketThreads;
  @Inject private Intake intake;
  @Inject private TicketQueue queue;
  @Inject private Customers customers;
  @Inject private Subscriptions subscriptions;
  @Inject private Accounts accounts;
  @Inject private SlaClocks clocks;
  @PersistenceContext private EntityManager em;
  @Resource private UserTransaction tx;

  private final String unique = UUID.randomUUID().toString().substring(0, 8);
  private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
  private final OpenedTickets opened = new OpenedTickets();

  @AfterEach
  void closeWhatWasOpened() {
    opened.closeAll(tickets);
  }

  private Customer customer(String name, String packCode) {
    Customer customer =
        customers.register(
            new Customer(name, "Test", name + "." + unique + "@example.fr", Language.FR, now));
    LocalDate today = LocalDate.now();
    subscriptions.subscribe(customer, packCode, today.minusDays(10), today.plusDays(10));
    return customer;
  }

  private long agent(String name) {
    return accounts
        .openForStaff(name + "." + unique + "@orthocab.fr", name, Role.AGENT, "x".toCharArray())
        .getId();
  }

  private Ticket open(Customer customer, String subject, Instant receivedAt) {
    Ticket ticket =
        intake.receive(
            new NewRequest(
                customer.getId(),
                subject,
                TicketCategory.BUG,
                TicketChannel.PORTAL,
                "Description du problème",
                receivedAt));
    return opened.add(ticket);
  }

  @Test
  void telesoinCustomersGetHighPriorityAndOthersNormal() {
    Ticket high = open(customer("Martin", Pack.TELESOIN), "Lien absent", now);
    Ticket normal = open(customer("Bernard", Pack.FREE), "Agenda", now);

    assertEquals(Priority.HIGH, high.getPriority());
    assertEquals(Priority.NORMAL, normal.getPriority());
    assertTrue(high.getReference().matches("OC-\\d+"), high.getReference());
  }

  @Test
  void aCustomerReachesOnlyTheirOwnTickets() {
    Customer claire = customer("Martin", Pack.TELESOIN);
    Customer julien = customer("Bernard", Pack.FREE);
    Ticket ticket = open(claire, "Mon ticket", now);

    assertTrue(ticketReads.findForCustomer(ticket.getId(), julien.getId()).isEmpty());
    assertTrue(ticketReads.ofCustomer(julien.getId()).isEmpty());
    assertThrows(
        TicketNotFound.class, () -> tickets.comment(ticket.getId(), julien.getId(), "Intrusion"));
    assertEquals(
        List.of(AuthorKind.CUSTOMER, AuthorKind.SYSTEM),
        ticketThreads.fullThread(ticket.getId()).stream().map(Message::getAuthorKind).toList(),
        "the request and its acknowledgement, nothing from the intruder");
  }

  @Test
  void theSecondAgentIsToldAndTheFirstAgentsChangeSurvives() {
    Ticket ticket = open(customer("Martin", Pack.TELESOIN), "Concurrence", now);
    long lucie = agent("Lucie");
    long thomas = agent("Thomas");
    long seenByBoth = ticketReads.find(ticket.getId()).orElseThrow().getVersion();

    tickets.reply(ticket.getId(), seenByBoth, lucie, "Réponse de Lucie");
    assertThrows(
        TicketChangedMeanwhile.class,
        () -> tickets.reply(ticket.getId(), seenByBoth, thomas, "Réponse de Thomas"));
    assertThrows(
        TicketChangedMeanwhile.class,
        () -> tickets.changeStatus(ticket.getId(), seenByBoth, TicketStatus.RESOLVED));

    List<Message> thread = ticketThreads.fullThread(ticket.getId());
    assertEquals(3, thread.size(), "request, acknowledgement, Lucie's reply");
    assertEquals("Réponse de Lucie", thread.get(2).getBody());
    assertEquals(TicketStatus.OPEN, ticketReads.find(ticket.getId()).orElseThrow().getStatus());
  }

  @Test
  void internalNotesStayOutOfThePublicThreadAndDoNotAnswerTheCustomer() {
    Ticket ticket = open(customer("Martin", Pack.TELESOIN), "Notes", now);
    long lucie = agent("Lucie");

    tickets.note(ticket.getId(), ticket.getVersion(), lucie, "Note interne");
    Ticket afterNote = ticketReads.find(ticket.getId()).orElseThrow();

    assertEquals(2, ticketThreads.publicThread(ticket.getId()).size(), "request, acknowledgement");
    assertEquals(3, ticketThreads.fullThread(ticket.getId()).size());
    assertTrue(afterNote.awaitsReply());
    assertThrows(
        IllegalTransition.class,
        () ->
            tickets.changeStatus(
                ticket.getId(), afterNote.getVersion(), TicketStatus.WAITING_ON_CUSTOMER));
  }

  @Test
  void aCustomerCommentReopensAResolvedTicket() {
    Customer claire = customer("Martin", Pack.TELESOIN);
    Ticket ticket = open(claire, "Réouverture", now);
    long lucie = agent("Lucie");
    tickets.reply(ticket.getId(), ticket.getVersion(), lucie, "C'est réglé");
    Ticket replied = ticketReads.find(ticket.getId()).orElseThrow();
    tickets.changeStatus(ticket.getId(), replied.getVersion(), TicketStatus.RESOLVED);

    tickets.comment(ticket.getId(), claire.getId(), "Le problème est revenu");

    Ticket reopened = ticketReads.find(ticket.getId()).orElseThrow();
    assertEquals(TicketStatus.OPEN, reopened.getStatus());
    assertTrue(reopened.awaitsReply());
  }

  @Test
  void theQueuePutsPriorityFirstThenTheOldestAwaitingReply() {
    Customer paid = customer("Martin", Pack.TELESOIN);
    Customer free = customer("Bernard", Pack.FREE);
    Ticket oldFree = open(free, "Ancien gratuit", now.minus(Duration.ofHours(5)));
    Ticket newHigh = open(paid, "Récent prioritaire", now.minus(Duration.ofMinutes(5)));
    Ticket oldHigh = open(paid, "Ancien prioritaire", now.minus(Duration.ofHours(2)));
    Ticket answeredHigh = open(paid, "Déjà répondu", now.minus(Duration.ofHours(3)));
    tickets.reply(answeredHigh.getId(), answeredHigh.getVersion(), agent("Lucie"), "Réponse");

    List<Long> order =
        queue.page(QueueFilter.awaitingAgents(), QueueOrder.WORK, true, 0, 10_000).stream()
            .map(Ticket::getId)
            .filter(opened::contains)
            .toList();

    assertEquals(
        List.of(oldHigh.getId(), newHigh.getId(), answeredHigh.getId(), oldFree.getId()), order);
    assertTrue(queue.count(QueueFilter.awaitingAgents()) >= 4);
    assertEquals(
        0,
        queue
            .page(
                new QueueFilter(java.util.Set.of(TicketStatus.OPEN), TicketCategory.OTHER),
                QueueOrder.WORK,
                true,
                0,
                10_000)
            .stream()
            .filter(t -> opened.contains(t.getId()))
            .count());
  }

  @Test
  void anInvalidRequestIsRefusedBeforeAnythingIsWritten() {
    Customer claire = customer("Martin", Pack.TELESOIN);
    Exception refused =
        assertThrows(
            Exception.class,
            () ->
                intake.receive(
                    new NewRequest(
                        claire.getId(),
                        " ",
                        TicketCategory.BUG,
                        TicketChannel.API,
                        "Description",
                        now)));
    Throwable cause = refused;
    while (cause != null && !(cause instanceof ConstraintViolationException)) {
      cause = cause.getCause();
    }
    assertTrue(cause instanceof ConstraintViolationException, refused.toString());
    assertTrue(ticketReads.ofCustomer(claire.getId()).isEmpty());
  }

  private List<SlaEventKind> clockHistory(Ticket ticket) {
    return clocks.history(ticket.getId()).stream().map(SlaEvent::getKind).toList();
  }

  @Test
  void theClockFollowsWhatTheTicketReportsOfItsWaitAfterEveryCommand() {
    Customer claire = customer("Martin", Pack.TELESOIN);
    Ticket ticket = open(claire, "Horloge", now);
    long lucie = agent("Lucie");
    assertEquals(List.of(SlaEventKind.STARTED), clockHistory(ticket));

    tickets.note(ticket.getId(), ticket.getVersion(), lucie, "Note");
    tickets.reply(
        ticket.getId(),
        ticketReads.find(ticket.getId()).orElseThrow().getVersion(),
        lucie,
        "Réponse");
    assertEquals(List.of(SlaEventKind.STARTED, SlaEventKind.SATISFIED), clockHistory(ticket));

    tickets.comment(ticket.getId(), claire.getId(), "Encore une question");
    assertTrue(clocks.of(ticket.getId()).orElseThrow().isRunning());
    assertEquals(2, clocks.of(ticket.getId()).orElseThrow().getCycle());

    tickets.changeStatus(
        ticket.getId(),
        ticketReads.find(ticket.getId()).orElseThrow().getVersion(),
        TicketStatus.CLOSED);
    assertEquals(
        List.of(
            SlaEventKind.STARTED,
            SlaEventKind.SATISFIED,
            SlaEventKind.STARTED,
            SlaEventKind.STOPPED),
        clockHistory(ticket),
        "no command tells the clock: each ticket reports its own wait, followed in one place");
  }

  @Test
  void aTicketWhoseWaitChangedWithoutTheClockBeingToldIsNotWritten() throws Exception {
    Ticket ticket = open(customer("Martin", Pack.TELESOIN), "Oubli", now);

    tx.begin();
    try {
      em.find(Ticket.class, ticket.getId()).close(Instant.now());
    } catch (RuntimeException e) {
      tx.rollback();
      throw e;
    }
    assertThrows(Exception.class, tx::commit, "a change outside Tickets' one place");

    assertEquals(TicketStatus.OPEN, ticketReads.find(ticket.getId()).orElseThrow().getStatus());
    assertTrue(
        clocks.of(ticket.getId()).orElseThrow().isRunning(), "the clock still runs, rightly");
  }
}
