package fr.orthocab.support.policy;

import static fr.orthocab.support.platform.ClockProducer.PARIS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.account.Role;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Language;
import fr.orthocab.support.subscription.Pack;
import fr.orthocab.support.testing.AsSupervisor;
import fr.orthocab.support.testing.Deployments;
import fr.orthocab.support.testing.OpenedTickets;
import fr.orthocab.support.ticket.NewRequest;
import fr.orthocab.support.ticket.Priority;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketChannel;
import fr.orthocab.support.ticket.TicketStatus;
import fr.orthocab.support.ticket.Tickets;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Publishing a version of the policy on the real database. The versions published here take effect
 * in a far future, on a day of their own, so that the other tests (which may share the database)
 * keep seeing version 1 in force.
 */
@ExtendWith(ArquillianExtension.class)
class PolicyPublishingIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @PersistenceContext private EntityManager em;
  @Resource private UserTransaction tx;
  @Inject private PolicyVersions versions;
  @Inject private ClauseTexts clauseTexts;
  @Inject private Decisions decisions;
  @Inject private Tickets tickets;
  @Inject private AsSupervisor asSupervisor;

  private final String unique = UUID.randomUUID().toString().substring(0, 8);
  private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
  private final OpenedTickets opened = new OpenedTickets();

  @AfterEach
  void closeWhatWasOpened() {
    opened.closeAll(tickets);
  }

  private static LocalDate farFuture() {
    return LocalDate.of(2090, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(30_000));
  }

  private static Instant paris(LocalDate day, int hour, int minute) {
    return day.atTime(LocalTime.of(hour, minute)).atZone(PARIS).toInstant();
  }

  private Account supervisor() throws Exception {
    tx.begin();
    Account account =
        Account.forStaff(
            "sup." + unique + "@orthocab.fr", "Superviseur " + unique, "h", Role.SUPERVISOR);
    em.persist(account);
    tx.commit();
    return account;
  }

  private Ticket ticket() throws Exception {
    tx.begin();
    Customer customer =
        new Customer("Durand", "Test", "p." + unique + "@example.fr", Language.EN, now);
    em.persist(customer);
    tx.commit();
    Ticket ticket =
        tickets.open(
            new NewRequest(
                customer.getId(),
                "Politique",
                TicketCategory.OTHER,
                TicketChannel.PORTAL,
                "Bonjour",
                now),
            Priority.NORMAL,
            TicketStatus.OPEN,
            null);
    return opened.add(ticket);
  }

  private NewPolicyVersion draft(String label, LocalDate effectiveFrom) {
    NewPolicyVersion draft = versions.draft();
    draft.setLabel(label);
    draft.setEffectiveFrom(effectiveFrom);
    draft.setTextFr("Politique de test " + unique);
    draft.setTextEn(null);
    for (NewClauseText text : draft.getClauseTexts()) {
      if (text.getClause() == Clause.SCOPE_PRIORITY) {
        text.setTextFr("Priorité réécrite " + unique);
        text.setTextEn("Rewritten priority " + unique);
      }
    }
    return draft;
  }

  private PolicyVersion publish(NewPolicyVersion draft, Account by) throws Exception {
    return asSupervisor.call(() -> versions.publish(draft, by));
  }

  private static boolean causedBy(Throwable thrown, Class<? extends Throwable> type) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void aNewVersionAppliesFromItsDayAndNeverChangesEarlierDecisions() throws Exception {
    LocalDate day = farFuture();
    Ticket ticket = ticket();
    Decision today =
        decisions.record(ticket, Clause.SCOPE_PRIORITY, Outcome.ACCEPTED, "rule:IT", now, "a");
    Decision eve =
        decisions.record(
            ticket,
            Clause.SCOPE_PRIORITY,
            Outcome.ACCEPTED,
            "rule:IT",
            paris(day.minusDays(1), 23, 30),
            "b");
    String eveVersion = eve.getPolicyLabel();
    assertEquals("1", today.getPolicyLabel());

    Account nadia = supervisor();
    PolicyVersion published = publish(draft("it-" + unique, day), nadia);
    assertEquals("Superviseur " + unique, published.getPublishedBy());
    assertTrue(published.getPublishedAt() != null);

    Decision onTheDay =
        decisions.record(
            ticket, Clause.SCOPE_PRIORITY, Outcome.ACCEPTED, "rule:IT", paris(day, 0, 30), "c");
    assertEquals("it-" + unique, onTheDay.getPolicyLabel());

    Map<Long, Decision> reloaded =
        decisions.ofTicket(ticket.getId()).stream()
            .collect(java.util.stream.Collectors.toMap(Decision::getId, d -> d));
    assertEquals("1", reloaded.get(today.getId()).getPolicyLabel(), "today's keeps version 1");
    assertEquals(eveVersion, reloaded.get(eve.getId()).getPolicyLabel());
    assertNotEquals("it-" + unique, eveVersion, "the eve of its day is not under it");
    assertEquals("it-" + unique, reloaded.get(onTheDay.getId()).getPolicyLabel());
    assertEquals("1", versions.inForce().orElseThrow().getLabel());

    Map<Long, String> english =
        clauseTexts.ofDecisions(decisions.ofTicket(ticket.getId()), Language.EN);
    assertEquals("Rewritten priority " + unique, english.get(onTheDay.getId()));
    assertTrue(english.get(today.getId()).contains("Pack Télésoin ORTHOCAB"));
    assertEquals(
        "Priorité réécrite " + unique,
        clauseTexts.text(published, Clause.SCOPE_PRIORITY, Language.FR));
    assertEquals(Clause.values().length, clauseTexts.of(published).size());
    assertEquals(
        "Politique de test " + unique,
        versions.find(published.getId()).orElseThrow().text(Language.EN),
        "an untranslated version shows its French text");
  }

  @Test
  void anEnglishReaderMeetsThePriorityPackUnderTheNameThePolicyGivesIt() {
    Pack telesoin =
        em.createQuery("select p from Pack p where p.code = :code", Pack.class)
            .setParameter("code", Pack.TELESOIN)
            .getSingleResult();
    PolicyVersion first =
        versions.all().stream().filter(v -> v.getLabel().equals("1")).findFirst().orElseThrow();
    String clause = clauseTexts.text(first, Clause.SCOPE_PRIORITY, Language.EN);
    assertTrue(
        clause.contains(telesoin.name(Language.EN)), telesoin.name(Language.EN) + " / " + clause);
    assertEquals(telesoin.name(Language.FR), telesoin.name(Language.EN), "one name");
  }

  @Test
  void aVersionCannotTakeEffectInThePast() throws Exception {
    Account nadia = supervisor();
    NewPolicyVersion yesterday = draft("past-" + unique, LocalDate.now(PARIS).minusDays(1));
    Exception refused = assertThrows(Exception.class, () -> publish(yesterday, nadia));
    assertTrue(
        causedBy(refused, ConstraintViolationException.class)
            || causedBy(refused, PublicationRefused.class),
        refused.toString());
    assertFalse(versions.all().stream().anyMatch(v -> v.getLabel().equals("past-" + unique)));
  }

  @Test
  void twoVersionsCannotShareADayOrALabel() throws Exception {
    Account nadia = supervisor();
    LocalDate day = farFuture();
    publish(draft("day-" + unique, day), nadia);

    PublicationRefused sameDay =
        assertThrows(PublicationRefused.class, () -> publish(draft("other-" + unique, day), nadia));
    assertEquals(PublicationRefused.Reason.EFFECTIVE_DATE_TAKEN, sameDay.reason());
    PublicationRefused sameLabel =
        assertThrows(
            PublicationRefused.class,
            () -> publish(draft("day-" + unique, day.plusDays(1)), nadia));
    assertEquals(PublicationRefused.Reason.LABEL_TAKEN, sameLabel.reason());
  }

  @Test
  void onlySupervisorsPublish() throws Exception {
    Account nadia = supervisor();
    NewPolicyVersion draft = draft("anon-" + unique, farFuture());
    Exception refused = assertThrows(Exception.class, () -> versions.publish(draft, nadia));
    assertTrue(causedBy(refused, EJBAccessException.class), refused.toString());
    assertFalse(versions.all().stream().anyMatch(v -> v.getLabel().equals("anon-" + unique)));
  }

  @Test
  void theDraftStartsFromTheVersionInForceWithTheNextNumber() {
    NewPolicyVersion draft = versions.draft();
    assertTrue(draft.getLabel().matches("\\d+"), draft.getLabel());
    assertTrue(Integer.parseInt(draft.getLabel()) >= 2);
    assertEquals(LocalDate.now(PARIS).plusDays(1), draft.getEffectiveFrom());
    assertTrue(draft.getTextFr().startsWith("La politique de support"));
    assertEquals(Clause.values().length, draft.getClauseTexts().size());
    assertTrue(
        draft.getClauseTexts().stream()
            .filter(t -> t.getClause() == Clause.REFUSE_SPAM)
            .allMatch(t -> t.getTextFr().contains("spam du support")));
  }
}
