package fr.orthocab.support.sla;

import fr.orthocab.support.sla.calendar.BusinessTime;
import fr.orthocab.support.subscription.Pack;
import fr.orthocab.support.subscription.Subscriptions;
import fr.orthocab.support.ticket.AwaitingReplyChanged;
import fr.orthocab.support.ticket.NoticeKind;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.Tickets;
import fr.orthocab.support.ticket.TicketsMerged;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Entry point for reply clocks (DELAY-AIM, DELAY-MAX). The clock follows the ticket in the same
 * transaction: when a customer message starts waiting, a cycle starts with the due instants of that
 * message; an agent's public reply satisfies it; a close, a refusal or a hold stops it. The clock's
 * row is locked while it moves, so a sweep recording a warning at the same moment waits and then
 * sees the clock as it is. When a request first enters the queue, the customer is told the
 * objective and the deadline in words.
 */
@Stateless
public class SlaClocks {
  /**
   * A request's cycle numbers only order its own lines: merged requests' lines stay together, after
   * the ticket's own.
   */
  private static final Comparator<SlaEvent> HISTORY =
      Comparator.comparing(SlaEvent::isMergedIn)
          .thenComparingLong(SlaEvent::getOriginTicketId)
          .thenComparingInt(SlaEvent::getCycle)
          .thenComparing(SlaEvent::getOccurredAt)
          .thenComparing(SlaEvent::getId);

  @PersistenceContext private EntityManager em;
  @Inject private DeskCalendar calendar;
  @Inject private ServiceLevels serviceLevels;
  @Inject private Subscriptions subscriptions;
  @Inject private Tickets tickets;

  public void follow(@Observes AwaitingReplyChanged change) {
    Ticket ticket = change.ticket();
    SlaClock clock = em.find(SlaClock.class, ticket.getId(), LockModeType.PESSIMISTIC_WRITE);
    BusinessTime time = calendar.businessTime();
    if (clock != null && clock.isRunning()) {
      em.persist(
          clock.end(
              change.answered(),
              change.at(),
              time.openingTimeBetween(clock.getStartedAt(), change.at())));
    }
    Instant waiting = ticket.getAwaitingReplySince();
    if (waiting == null) {
      replyDue(ticket, null);
      return;
    }
    if (clock == null) {
      clock = new SlaClock(ticket.getId(), policyFor(ticket, waiting));
      em.persist(clock);
    }
    em.persist(
        clock.start(waiting, time.dueInstants(waiting, clock.getPolicy().policy()), change.at()));
    replyDue(ticket, clock.getObjectiveDueAt());
  }

  /**
   * The ticket's copy of the running clock's objective, which orders the queue (changelog 0054):
   * written in SQL, after the ticket's own pending changes, so that it is no new version of it.
   */
  private void replyDue(Ticket ticket, Instant due) {
    em.flush();
    // a Timestamp (an instant) binds as one on both databases; java.time types bind as text here
    (due == null
            ? em.createNativeQuery("update ticket set reply_due_at = null where id = ?")
                .setParameter(1, ticket.getId())
            : em.createNativeQuery("update ticket set reply_due_at = ? where id = ?")
                .setParameter(1, Timestamp.from(due))
                .setParameter(2, ticket.getId()))
        .executeUpdate();
  }

  /**
   * A merged request's SLA history goes to the original, in the merge's transaction: its clock
   * stopped before this, so its last line (STOPPED) moves too. Each line keeps naming the request
   * whose clock recorded it.
   */
  public void move(@Observes TicketsMerged merged) {
    merged
        .moved()
        .slaEvents(
            em.createQuery("update SlaEvent e set e.ticketId = :original where e.ticketId = :dup")
                .setParameter("original", merged.original().getId())
                .setParameter("dup", merged.duplicate().getId())
                .executeUpdate());
    // bulk updates bypass the shared cache: what it holds of the moved rows names the duplicate
    em.getEntityManagerFactory().getCache().evict(SlaEvent.class);
  }

  /**
   * Tells the customer that their request entered the queue, with the objective and the deadline in
   * words: once, when the intake's decisions leave the request in the queue for the first time (not
   * when a rule refused it in the same breath).
   */
  public void acknowledge(Ticket ticket, NoticeKind kind) {
    of(ticket.getId())
        .filter(clock -> clock.isRunning() && clock.getCycle() == 1)
        .ifPresent(
            clock ->
                tickets.tellCustomer(
                    ticket,
                    kind,
                    Acknowledgement.of(ticket.getReference(), clock, ticket.requesterLanguage())));
  }

  /** The policy of the pack that covered the customer when the clock first started. */
  private ServiceLevel policyFor(Ticket ticket, Instant at) {
    Pack pack =
        ticket.getCustomer() == null
            ? null
            : subscriptions.coverageOf(ticket.getCustomer(), at).pack().orElse(null);
    return serviceLevels.forPack(pack);
  }

  public Optional<SlaClock> of(long ticketId) {
    return Optional.ofNullable(em.find(SlaClock.class, ticketId));
  }

  /** The clocks of these tickets, by ticket id (tickets that never waited have none). */
  public Map<Long, SlaClock> of(Collection<Long> ticketIds) {
    if (ticketIds.isEmpty()) {
      return Map.of();
    }
    return em
        .createQuery("select c from SlaClock c where c.ticketId in :ids", SlaClock.class)
        .setParameter("ids", ticketIds)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(SlaClock::getTicketId, Function.identity()));
  }

  /** How many tickets wait for a reply past their contractual deadline now. */
  public long breachedNow() {
    return em.createQuery(
            "select count(c) from SlaClock c where c.lastOutcome is null"
                + " and c.deadlineBreachedAt is not null",
            Long.class)
        .getSingleResult();
  }

  /** How many tickets have a warning or a missed objective recorded and wait for a reply. */
  public long warnedNow() {
    return em.createQuery(
            "select count(c) from SlaClock c where c.lastOutcome is null"
                + " and c.deadlineBreachedAt is null and (c.objectiveWarnedAt is not null"
                + " or c.deadlineWarnedAt is not null or c.objectiveMissedAt is not null)",
            Long.class)
        .getSingleResult();
  }

  /** The SLA histories of these tickets, by ticket, each in the order of {@link #history}. */
  public List<SlaEvent> histories(Collection<Long> ticketIds) {
    if (ticketIds.isEmpty()) {
      return List.of();
    }
    return sorted(
        em.createQuery(
                "select e from SlaEvent e join fetch e.policy where e.ticketId in :tickets",
                SlaEvent.class)
            .setParameter("tickets", ticketIds)
            .getResultList(),
        Comparator.comparingLong(SlaEvent::getTicketId).thenComparing(HISTORY));
  }

  /**
   * The ticket's SLA history: its own lines in the order things happened, then those of each
   * request merged into it, oldest request first, each in its own order.
   */
  public List<SlaEvent> history(long ticketId) {
    return sorted(
        em.createQuery(
                "select e from SlaEvent e join fetch e.policy where e.ticketId = :ticket",
                SlaEvent.class)
            .setParameter("ticket", ticketId)
            .getResultList(),
        HISTORY);
  }

  /** The references of the requests that merged lines of these histories come from, by id. */
  public Map<Long, String> mergedFrom(Collection<SlaEvent> events) {
    Set<Long> origins =
        events.stream()
            .filter(SlaEvent::isMergedIn)
            .map(SlaEvent::getOriginTicketId)
            .collect(Collectors.toSet());
    if (origins.isEmpty()) {
      return Map.of();
    }
    return em
        .createQuery("select t.id, t.reference from Ticket t where t.id in :ids", Object[].class)
        .setParameter("ids", origins)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
  }

  private static List<SlaEvent> sorted(List<SlaEvent> events, Comparator<SlaEvent> order) {
    List<SlaEvent> sorted = new ArrayList<>(events);
    sorted.sort(order);
    return sorted;
  }
}
