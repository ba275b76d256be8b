package fr.orthocab.support.reads;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The record of who read what is kept as long as the audit trail, then deleted. */
@Stateless
public class ReadRetention {
  @PersistenceContext private EntityManager em;

  /**
   * Deletes at most {@code max} reads older than {@code cutoff}, in a transaction of its own;
   * answers how many.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int deleteBefore(Instant cutoff, int max) {
    return em.createNativeQuery(
            "delete from staff_read where id in (select id from staff_read"
                + " where read_at < ? order by id limit ?)")
        .setParameter(1, utc(cutoff))
        .setParameter(2, max)
        .executeUpdate();
  }

  private static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }
}
