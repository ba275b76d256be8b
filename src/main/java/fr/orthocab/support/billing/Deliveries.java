package fr.orthocab.support.billing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** The deliveries log: every call of the renewal webhook, kept in a transaction of its own. */
@Stateless
public class Deliveries {
  @PersistenceContext private EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(
      Instant receivedAt,
      String eventId,
      WebhookSignature.Verdict signature,
      int httpStatus,
      DeliveryOutcome outcome,
      String error,
      byte[] body,
      String bodySha256) {
    em.persist(
        new BillingDelivery(
            receivedAt,
            eventId,
            signature,
            httpStatus,
            outcome,
            error,
            body == null ? null : new String(body, StandardCharsets.UTF_8),
            bodySha256));
  }

  /** The latest deliveries, newest first, optionally of one event id or one outcome. */
  @RolesAllowed("SUPERVISOR")
  public List<BillingDelivery> latest(String eventId, DeliveryOutcome outcome, int max) {
    StringBuilder jpql = new StringBuilder("select d from BillingDelivery d where 1 = 1");
    if (eventId != null && !eventId.isBlank()) {
      jpql.append(" and d.eventId = :eventId");
    }
    if (outcome != null) {
      jpql.append(" and d.outcome = :outcome");
    }
    var query =
        em.createQuery(
            jpql.append(" order by d.receivedAt desc, d.id desc").toString(),
            BillingDelivery.class);
    if (eventId != null && !eventId.isBlank()) {
      query.setParameter("eventId", eventId.strip());
    }
    if (outcome != null) {
      query.setParameter("outcome", outcome);
    }
    return query.setMaxResults(max).getResultList();
  }
}
