package fr.orthocab.support.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Audit entries are kept for the audit period, then deleted: the trail is the record of staff
 * actions, and past that period it no longer serves (nor may it keep naming people).
 */
@Stateless
public class AuditRetention {
  @PersistenceContext private EntityManager em;

  /**
   * Deletes at most {@code max} entries that occurred before {@code cutoff}, in a transaction of
   * its own; answers how many.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int deleteBefore(Instant cutoff, int max) {
    return em.createNativeQuery(
            "delete from audit_entry where id in (select id from audit_entry"
                + " where occurred_at < ? order by id limit ?)")
        .setParameter(1, utc(cutoff))
        .setParameter(2, max)
        .executeUpdate();
  }

  private static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }
}
