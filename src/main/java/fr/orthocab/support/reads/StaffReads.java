package fr.orthocab.support.reads;

import fr.orthocab.support.audit.AuditActor;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Entry point of the record of who read what: one insert per read (nothing read first), skipped
 * when the same person opened the same thing within the last minutes; and the reads of a customer's
 * data or of one reader, newest first.
 */
@Stateless
public class StaffReads {
  /** The most reads a list holds. */
  public static final int MAX_LIST = 200;

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private RecentReads recent;

  /**
   * The actor read that (the ticket and customer it belongs to, when known); the desk itself, or a
   * read already recorded a moment ago, is not recorded.
   */
  public void record(
      @NotNull AuditActor reader,
      @NotNull ReadKind kind,
      long subjectId,
      Long ticketId,
      Long customerId) {
    if (AuditActor.DESK.equals(reader.shown())) {
      return;
    }
    Instant now = clock.instant();
    if (recent.seenLately(reader.shown(), kind, subjectId, now)) {
      return;
    }
    em.persist(
        new StaffRead(
            now, reader.accountId(), reader.shown(), kind, subjectId, ticketId, customerId));
  }

  /** Who read this customer's data, newest first. */
  public List<StaffRead> ofCustomer(long customerId, int size) {
    return em.createQuery(
            "select r from StaffRead r where r.customerId = :customer"
                + " order by r.readAt desc, r.id desc",
            StaffRead.class)
        .setParameter("customer", customerId)
        .setMaxResults(Math.max(1, Math.min(size, MAX_LIST)))
        .getResultList();
  }

  /** What this member of staff read, newest first. */
  public List<StaffRead> ofReader(long accountId, int size) {
    return em.createQuery(
            "select r from StaffRead r where r.readerAccountId = :account"
                + " order by r.readAt desc, r.id desc",
            StaffRead.class)
        .setParameter("account", accountId)
        .setMaxResults(Math.max(1, Math.min(size, MAX_LIST)))
        .getResultList();
  }
}
