package fr.orthocab.support.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.account.ApiScope;
import fr.orthocab.support.account.ApiTokens;
import fr.orthocab.support.account.Role;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.policy.Clause;
import fr.orthocab.support.refusal.Suspension;
import fr.orthocab.support.refusal.Suspensions;
import fr.orthocab.support.sla.DeskCalendar;
import fr.orthocab.support.subscription.Pack;
import fr.orthocab.support.testing.AsSupervisor;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The trail keeps what it is told in the caller's transaction, reads back newest first through
 * every filter, a page at a time from a cursor; a ticket's changes leave their entries by
 * themselves (here without a logged-in person: the desk acts).
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @Inject private AuditTrail trail;
  @Inject private Tickets tickets;
  @Inject private TestCustomers customers;
  @Inject private AsSupervisor asSupervisor;
  @Inject private Suspensions suspensions;
  @Inject private ApiTokens tokens;
  @Inject private DeskCalendar calendar;
  @Resource private UserTransaction tx;
  @PersistenceContext private EntityManager em;

  private final String unique = UUID.randomUUID().toString().substring(0, 8);
  private final OpenedTickets opened = new OpenedTickets();

  @AfterEach
  void closeWhatWasOpened() {
    opened.closeAll(tickets);
  }

  private long agent(String name) throws Exception {
    return account(name, Role.AGENT);
  }

  private long account(String name, Role role) throws Exception {
    tx.begin();
    Account account = Account.forStaff(role + "." + unique + "@orthocab.fr", name, "h", role);
    em.persist(account);
    tx.commit();
    return account.getId();
  }

  private AuditFilter byActor(String text) {
    return new AuditFilter(null, null, null, text, null, null, null);
  }

  private void record(AuditAction action, Long account, Long ticket, Long customer) {
    trail.record(
        new AuditEvent(
            action, account, "Test " + unique + " <t@x.fr>", ticket, customer, "d", null));
  }

  @Test
  void pagesGoNewestFirstFromTheirCursorWithoutLosingOrRepeatingAny() {
    for (int i = 0; i < 5; i++) {
      record(AuditAction.DATA_EXPORTED, null, null, null);
    }
    List<Long> seen = new ArrayList<>();
    AuditCursor cursor = null;
    int pages = 0;
    do {
      AuditPage page = trail.page(byActor(unique.toUpperCase()), cursor, 2);
      assertTrue(page.entries().size() <= 2);
      page.entries().forEach(e -> seen.add(e.getId()));
      cursor = page.next().orElse(null);
      pages++;
    } while (cursor != null);
    assertEquals(3, pages);
    assertEquals(5, seen.size());
    assertEquals(5, seen.stream().distinct().count());
    List<AuditEntry> all = trail.page(byActor(unique), null, 100).entries();
    for (int i = 1; i < all.size(); i++) {
      AuditEntry newer = all.get(i - 1);
      AuditEntry older = all.get(i);
      assertTrue(
          newer.getOccurredAt().isAfter(older.getOccurredAt())
              || (newer.getOccurredAt().equals(older.getOccurredAt())
                  && newer.getId() > older.getId()),
          "newest first");
    }
    assertTrue(
        trail.page(AuditFilter.none(), null, 100_000).entries().size() <= AuditTrail.MAX_PAGE_SIZE,
        "capped");
  }

  @Test
  void everyFilterKeepsOnlyItsEntries() {
    long account = 900_000_000L + Math.abs(unique.hashCode() % 1000);
    long ticket = 800_000_000L + Math.abs(unique.hashCode() % 1000);
    long customer = 700_000_000L + Math.abs(unique.hashCode() % 1000);
    Instant before = Instant.now();
    record(AuditAction.TICKET_ASSIGNED, account, ticket, customer);
    record(AuditAction.SUSPENSION, null, null, customer);
    record(AuditAction.TOKEN_CREATED, account, null, null);
    Instant after = Instant.now().plusMillis(1);

    assertEquals(3, trail.page(byActor(unique), null, 10).entries().size());
    assertEquals(
        List.of(AuditAction.TOKEN_CREATED, AuditAction.TICKET_ASSIGNED),
        actions(new AuditFilter(null, null, account, unique, null, null, null)));
    assertEquals(
        List.of(AuditAction.TICKET_ASSIGNED),
        actions(new AuditFilter(null, null, null, unique, null, ticket, null)));
    assertEquals(
        List.of(AuditAction.SUSPENSION, AuditAction.TICKET_ASSIGNED),
        actions(new AuditFilter(null, null, null, unique, null, null, customer)));
    assertEquals(
        List.of(AuditAction.SUSPENSION),
        actions(new AuditFilter(null, null, null, unique, AuditAction.SUSPENSION, null, null)));
    assertEquals(3, actions(new AuditFilter(before, after, null, unique, null, null, null)).size());
    assertTrue(actions(new AuditFilter(after, null, null, unique, null, null, null)).isEmpty());
    assertTrue(actions(new AuditFilter(null, before, null, unique, null, null, null)).isEmpty());
    assertTrue(actions(byActor(unique + "%")).isEmpty(), "LIKE wildcards are taken literally");
  }

  private List<AuditAction> actions(AuditFilter filter) {
    return trail.page(filter, null, 10).entries().stream().map(AuditEntry::getAction).toList();
  }

  @Test
  void anEntryIsWrittenOrRolledBackWithItsCallersTransaction() throws Exception {
    tx.begin();
    record(AuditAction.POLICY_PUBLISHED, null, null, null);
    tx.rollback();
    assertTrue(trail.page(byActor(unique), null, 10).entries().isEmpty());
    assertThrows(Exception.class, () -> trail.record(null));
  }

  @Test
  void aTicketsStatusChangesAndAssignmentsLeaveEntriesOfTheirOwn() throws Exception {
    Customer customer =
        customers.subscribed(Pack.FREE, LocalDate.now().minusDays(1), LocalDate.now().plusDays(30));
    Ticket ticket =
        opened.add(
            tickets.open(
                new NewRequest(
                    customer.getId(),
                    "Audit " + unique,
                    TicketCategory.OTHER,
                    TicketChannel.API,
                    "Texte",
                    Instant.now()),
                Priority.NORMAL,
                TicketStatus.OPEN,
                null));
    ticket = tickets.changeStatus(ticket.getId(), ticket.getVersion(), TicketStatus.RESOLVED);
    ticket = tickets.changeStatus(ticket.getId(), ticket.getVersion(), TicketStatus.OPEN);
    ticket = tickets.assign(ticket.getId(), ticket.getVersion(), agent("Agent " + unique));
    ticket = tickets.unassign(ticket.getId(), ticket.getVersion());

    List<AuditEntry> entries = trail.latestOfTicket(ticket.getId(), 20);
    assertEquals(
        List.of(
            AuditAction.TICKET_UNASSIGNED,
            AuditAction.TICKET_ASSIGNED,
            AuditAction.TICKET_STATUS_CHANGED,
            AuditAction.TICKET_STATUS_CHANGED),
        entries.stream().map(AuditEntry::getAction).toList());
    assertEquals(
        List.of("Agent " + unique, "Agent " + unique, "RESOLVED → OPEN", "OPEN → RESOLVED"),
        entries.stream().map(AuditEntry::getDetail).toList());
    for (AuditEntry entry : entries) {
      assertEquals(AuditActor.DESK, entry.getActor(), "no one logged in: the desk");
      assertEquals(customer.getId(), entry.getCustomerId());
    }
    assertEquals(
        entries.get(0).getId(), trail.latestOfCustomer(customer.getId(), 20).get(0).getId());
    assertFalse(trail.latestOfCustomer(customer.getId(), 1).isEmpty());
  }

  @Test
  void supervisorsSuspensionsTokensAndClosureDaysAreRecordedInTheirName() throws Exception {
    Customer customer =
        customers.subscribed(Pack.FREE, LocalDate.now().minusDays(1), LocalDate.now().plusDays(30));
    long nadiaId = account("Nadia " + unique, Role.SUPERVISOR);
    Account nadia = em.find(Account.class, nadiaId);
    String actor = "Nadia " + unique + " <" + nadia.getEmail() + ">";
    LocalDate farDay = LocalDate.of(2099, 12, 24);
    asSupervisor.call(
        () -> {
          Suspension suspension =
              suspensions.suspend(
                  customer.getId(),
                  nadia,
                  Clause.REFUSE_DISRESPECT,
                  Instant.now().plusSeconds(3600),
                  "Insultes répétées.");
          suspensions.end(suspension.getId(), nadia);
          String token = tokens.create("Audit " + unique, ApiScope.READ, nadiaId);
          tokens.all().stream()
              .filter(t -> t.getName().equals("Audit " + unique))
              .forEach(t -> tokens.revoke(t.getId(), nadiaId));
          calendar.close(farDay, "Audit " + unique, nadia);
          calendar.reopen(farDay);
          return token;
        });

    assertEquals(
        List.of(AuditAction.SUSPENSION_ENDED, AuditAction.SUSPENSION),
        trail.latestOfCustomer(customer.getId(), 20).stream().map(AuditEntry::getAction).toList());
    List<AuditEntry> byNadia =
        trail
            .page(new AuditFilter(null, null, nadiaId, null, null, null, null), null, 20)
            .entries();
    assertEquals(
        List.of(
            AuditAction.SLA_SETTINGS_CHANGED,
            AuditAction.TOKEN_REVOKED,
            AuditAction.TOKEN_CREATED,
            AuditAction.SUSPENSION_ENDED,
            AuditAction.SUSPENSION),
        byNadia.stream().map(AuditEntry::getAction).toList(),
        "the reopening is done without a logged-in person (the desk), not in her name");
    byNadia.forEach(e -> assertEquals(actor, e.getActor()));
    assertEquals("Audit " + unique + " (READ)", byNadia.get(2).getDetail());
    assertEquals("fermeture le 2099-12-24 : Audit " + unique, byNadia.get(0).getDetail());
    assertTrue(byNadia.get(4).getDetail().startsWith("REFUSE-DISRESPECT jusqu'au "));
  }
}
