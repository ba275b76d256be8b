package fr.orthocab.support.ticket;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The content of requests closed long ago replaced by a marker, their record kept: the ticket row
 * (reference, customer, category, status, dates), its messages' rows (author, visibility, time),
 * decisions, refusals and SLA history stay, so reports keep their counts; the subject, the texts,
 * an unknown sender's names and the words kept for search and duplicates go. The search document is
 * emptied to be written again from what remains. A request is closed for this when it is closed or
 * merged, and "since" is its last activity: a note on a closed request restarts the period.
 */
@Stateless
public class ContentRetention {
  @PersistenceContext private EntityManager em;

  /** What one batch replaced: the requests, and the messages of their threads. */
  public record Purged(int requests, int messages) {}

  /**
   * Replaces the content of at most {@code max} requests closed before {@code cutoff} and not yet
   * purged, in a transaction of its own, by {@code marker}.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Purged purgeClosedBefore(Instant cutoff, String marker, Instant now, int max) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "select id from ticket where status in ('CLOSED', 'MERGED')"
                    + " and content_purged_at is null and last_activity_at < ? order by id")
            .setParameter(1, utc(cutoff))
            .setMaxResults(max)
            .getResultList();
    if (ids.isEmpty()) {
      return new Purged(0, 0);
    }
    List<Long> tickets = ids.stream().map(Number::longValue).toList();
    int requests =
        em.createQuery(
                "update Ticket t set t.subject = :marker, t.senderSurname = null,"
                    + " t.senderFirstName = null, t.requestNotions = null,"
                    + " t.contentPurgedAt = :now, t.version = t.version + 1"
                    + " where t.contentPurgedAt is null and t.id in :ids")
            .setParameter("marker", marker)
            .setParameter("now", now)
            .setParameter("ids", tickets)
            .executeUpdate();
    int messages =
        em.createQuery(
                "update Message m set m.body = :marker where m.body <> :marker"
                    + " and m.ticket.id in :ids")
            .setParameter("marker", marker)
            .setParameter("ids", tickets)
            .executeUpdate();
    em.createQuery("update SearchDocument d set d.terms = null where d.ticketId in :ids")
        .setParameter("ids", tickets)
        .executeUpdate();
    return new Purged(requests, messages);
  }

  private static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }
}
