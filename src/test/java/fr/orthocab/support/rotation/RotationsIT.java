package fr.orthocab.support.rotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.account.Role;
import fr.orthocab.support.audit.AuditAction;
import fr.orthocab.support.audit.AuditActor;
import fr.orthocab.support.audit.AuditEntry;
import fr.orthocab.support.audit.AuditTrail;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.intake.Intake;
import fr.orthocab.support.notification.AgentNotification;
import fr.orthocab.support.notification.NotificationKind;
import fr.orthocab.support.notification.Notifications;
import fr.orthocab.support.subscription.Pack;
import fr.orthocab.support.testing.AsSupervisor;
import fr.orthocab.support.testing.Concurrently;
import fr.orthocab.support.testing.Deployments;
import fr.orthocab.support.testing.OpenedTickets;
import fr.orthocab.support.testing.TestCustomers;
import fr.orthocab.support.ticket.NewRequest;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketChannel;
import fr.orthocab.support.ticket.TicketReads;
import fr.orthocab.support.ticket.Tickets;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Automatic assignment in turn: off by default; once on, each new request in the queue goes to the
 * next available member, in turn, recorded by the desk and told to them; never the same turn twice
 * when requests arrive at once.
 */
@ExtendWith(ArquillianExtension.class)
class RotationsIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @Inject private Rotations rotations;
  @Inject private Intake intake;
  @Inject private Tickets tickets;
  @Inject private TicketReads reads;
  @Inject private AuditTrail audit;
  @Inject private Notifications notifications;
  @Inject private TestCustomers customers;
  @Inject private AsSupervisor asSupervisor;
  @Resource private UserTransaction tx;
  @Resource private ManagedExecutorService executor;
  @PersistenceContext private EntityManager em;

  private final String unique = UUID.randomUUID().toString().substring(0, 8);
  private final OpenedTickets opened = new OpenedTickets();
  private final List<Long> members = new ArrayList<>();
  private Account ana;
  private Account bruno;
  private Account carla;

  @BeforeEach
  void team() throws Exception {
    ana = member("ana");
    bruno = member("bruno");
    carla = member("carla");
  }

  @AfterEach
  void turnOffAndClose() throws Exception {
    asSupervisor.call(
        () -> {
          rotations.turn(false, "test");
          return null;
        });
    members.forEach(id -> rotations.available(id, false));
    opened.closeAll(tickets);
  }

  private Account member(String name) throws Exception {
    tx.begin();
    Account account =
        Account.forStaff(
            name + "." + unique + "@orthocab.fr", name + unique + " Test", "h", Role.AGENT);
    em.persist(account);
    tx.commit();
    members.add(account.getId());
    return account;
  }

  private void turnOn() throws Exception {
    asSupervisor.call(
        () -> {
          rotations.turn(true, "nadia@orthocab.fr");
          return null;
        });
  }

  private Customer customer() {
    return customers.subscribed(
        Pack.FREE, LocalDate.now().minusDays(1), LocalDate.now().plusDays(30));
  }

  private Ticket receive() {
    return opened.add(receiveFor(customer()));
  }

  private Ticket receiveFor(Customer customer) {
    return intake.receive(
        new NewRequest(
            customer.getId(),
            "Tour " + unique,
            TicketCategory.OTHER,
            TicketChannel.API,
            "Texte",
            Instant.now()));
  }

  private Long assigneeOf(Ticket ticket) {
    Account assignee = reads.find(ticket.getId()).orElseThrow().getAssignee();
    return assignee == null ? null : assignee.getId();
  }

  @Test
  void offUntilTurnedOnThenEachNewRequestGoesToTheNextAvailableInTurn() throws Exception {
    rotations.available(ana.getId(), true);
    rotations.available(bruno.getId(), true);
    assertFalse(rotations.isOn(), "off by default");
    assertNull(assigneeOf(receive()), "nobody's while off");

    turnOn();
    List<Long> turns = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      turns.add(assigneeOf(receive()));
    }

    assertEquals(turns.get(0), turns.get(2));
    assertEquals(turns.get(1), turns.get(3));
    assertEquals(
        java.util.Set.of(ana.getId(), bruno.getId()), new java.util.HashSet<>(turns), "in turn");
    assertFalse(turns.contains(carla.getId()), "Carla did not say she is available");
  }

  @Test
  void theDeskGivesItRecordsItAndTellsTheAssigneeOnce() throws Exception {
    rotations.available(carla.getId(), true);
    assertTrue(rotations.isAvailable(carla.getId()));
    assertTrue(
        rotations.availableMembers().stream().anyMatch(a -> a.getId().equals(carla.getId())));
    turnOn();

    Ticket ticket = receive();

    assertEquals(carla.getId(), assigneeOf(ticket));
    // entries since it was received only (PersistenceMappingIT writes one for a made-up ticket id)
    List<AuditEntry> history =
        audit.latestOfTicket(ticket.getId(), 10).stream()
            .filter(e -> !e.getOccurredAt().isBefore(ticket.getReceivedAt()))
            .toList();
    assertEquals(
        List.of(AuditAction.TICKET_ASSIGNED), history.stream().map(AuditEntry::getAction).toList());
    assertEquals(AuditActor.DESK, history.get(0).getActor());
    List<AgentNotification> told = notifications.latest(carla.getId(), 10);
    assertEquals(1, told.size());
    assertEquals(NotificationKind.ASSIGNED, told.get(0).getKind());
    assertEquals(AuditActor.DESK, told.get(0).getActor());
  }

  @Test
  void requestsArrivingAtOnceNeverTakeTheSameTurnTwice() throws Exception {
    rotations.available(ana.getId(), true);
    rotations.available(bruno.getId(), true);
    rotations.available(carla.getId(), true);
    turnOn();

    List<Customer> six = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      six.add(customer());
    }
    java.util.concurrent.atomic.AtomicInteger next =
        new java.util.concurrent.atomic.AtomicInteger();
    List<Ticket> received =
        Concurrently.run(
            executor, 6, () -> receiveFor(six.get(next.getAndIncrement())), (Ticket) null);
    assertFalse(received.contains(null), "none refused for waiting: " + received);
    received.forEach(opened::add);

    Map<Long, Long> perMember =
        received.stream()
            .map(this::assigneeOf)
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    assertEquals(
        Map.of(ana.getId(), 2L, bruno.getId(), 2L, carla.getId(), 2L),
        perMember,
        perMember.toString());
  }
}
