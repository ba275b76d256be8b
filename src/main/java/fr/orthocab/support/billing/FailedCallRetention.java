package fr.orthocab.support.billing;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The bodies of webhook calls that did not apply (refused, conflicting, failed, or not validly
 * signed) explain nothing after a short while, and name customers: erased after their retention
 * period, the row kept (when, verdict, answer, hash). Bodies of applied calls follow the longer
 * {@link DeliveryBodySweep} setting.
 */
@Stateless
public class FailedCallRetention {
  @PersistenceContext private EntityManager em;

  /**
   * Erases the bodies of at most {@code max} such calls received before {@code cutoff}, in a
   * transaction of its own; answers how many.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int purgeReceivedBefore(Instant cutoff, int max) {
    return em.createNativeQuery(
            "update billing_delivery set body = null where id in (select id from billing_delivery"
                + " where received_at < ? and body is not null and (signature <> ?"
                + " or outcome not in (?, ?)) order by id limit ?)")
        .setParameter(1, utc(cutoff))
        .setParameter(2, WebhookSignature.Verdict.VALID.name())
        .setParameter(3, DeliveryOutcome.APPLIED.name())
        .setParameter(4, DeliveryOutcome.DUPLICATE.name())
        .setParameter(5, max)
        .executeUpdate();
  }

  private static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }
}
