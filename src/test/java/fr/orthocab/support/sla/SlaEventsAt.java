package fr.orthocab.support.sla;

import fr.orthocab.support.sla.calendar.SlaDueInstants;
import fr.orthocab.support.subscription.Pack;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;

/**
 * Test data for the SLA reports, in the container: a pack of a test's own, and SLA history at fixed
 * instants (years past, or across a change of year or of daylight saving time) that the real flow,
 * which runs at the present instant, cannot produce.
 */
@Stateless
public class SlaEventsAt {
  @PersistenceContext private EntityManager em;

  public Pack pack(String code) {
    Pack pack = new Pack(code, "Pack essai " + code, "Trial pack " + code, false, false);
    em.persist(pack);
    return pack;
  }

  /** The reply that ended the {@code cycle}th wait on the ticket, as SlaClocks records it. */
  public void reply(
      long ticketId,
      long levelId,
      int cycle,
      Instant start,
      Instant objectiveDue,
      Instant deadlineDue,
      Instant repliedAt,
      Duration openingTime) {
    SlaClock clock = new SlaClock(ticketId, em.find(ServiceLevel.class, levelId));
    SlaDueInstants due = new SlaDueInstants(start, objectiveDue, start, deadlineDue);
    for (int earlier = 1; earlier < cycle; earlier++) {
      clock.start(start, due, start);
      clock.end(true, start, Duration.ZERO);
    }
    clock.start(start, due, start);
    em.persist(clock.end(true, repliedAt, openingTime));
  }

  /** A running clock on the ticket whose deadline passed, with its events, the sweep's way. */
  public void breach(long ticketId, long levelId, Instant start, Instant deadlineDue) {
    SlaClock clock = new SlaClock(ticketId, em.find(ServiceLevel.class, levelId));
    SlaDueInstants due =
        new SlaDueInstants(
            start, start.plus(Duration.ofHours(1)), deadlineDue.minusSeconds(3600), deadlineDue);
    em.persist(clock);
    em.persist(clock.start(start, due, start));
    for (SlaEventKind kind : clock.dueAt(deadlineDue)) {
      em.persist(clock.record(kind, deadlineDue));
    }
  }
}
