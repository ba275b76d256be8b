package fr.orthocab.support.retention;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The runs of the retention sweep. A run is claimed by inserting the day's row: the day is unique,
 * so of nodes sweeping together one inserts it and the others fail (PostgreSQL makes the second
 * wait for the first's commit, then refuses it) and leave the day to it.
 */
@Stateless
public class RetentionRuns {
  @PersistenceContext private EntityManager em;

  /**
   * Claims that day's run, in a transaction of its own; empty when it was claimed before. Two
   * claims at once: one wins, the other's insert fails and comes out as an {@code EJBException}.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<Long> claim(LocalDate day, Instant at) {
    boolean taken =
        !em.createQuery("select r.id from RetentionRun r where r.runDay = :day", Long.class)
            .setParameter("day", day)
            .getResultList()
            .isEmpty();
    if (taken) {
      return Optional.empty();
    }
    RetentionRun run = new RetentionRun(day, at);
    em.persist(run);
    em.flush();
    return Optional.of(run.getId());
  }

  /** The claimed run ends with what it purged. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public RetentionRun finish(long runId, Purged purged, boolean complete, Instant at) {
    RetentionRun run = em.find(RetentionRun.class, runId);
    run.finished(purged, complete, at);
    return run;
  }

  /** The latest run that ended, for the dashboard. */
  public Optional<RetentionRun> latest() {
    return em.createQuery(
            "select r from RetentionRun r where r.finishedAt is not null"
                + " order by r.startedAt desc, r.id desc",
            RetentionRun.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
