package fr.orthocab.support.billing;

import fr.orthocab.support.platform.Excerpt;
import fr.orthocab.support.platform.ThrottledLog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;

/**
 * The deliveries log: every call of the renewal webhook signed with one of our secrets, kept with
 * its body in a transaction of its own; the others only counted.
 */
@Stateless
public class Deliveries {
  private static final Logger LOG = Logger.getLogger(Deliveries.class.getName());
  private static final int EXCERPT = 80;
  private static final ThrottledLog UNVERIFIED_LOG = new ThrottledLog(Duration.ofMinutes(1));

  @PersistenceContext private EntityManager em;

  /**
   * Logs a call. One whose signature did not hold (or was never checked) is counted under its
   * verdict instead, and one short, escaped excerpt of it is written to the server's log at most
   * once a minute: anyone can send those, as many and as large as they like, and they must fill
   * neither the database nor the log.
   */
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
    if (signature != WebhookSignature.Verdict.VALID) {
      count(receivedAt, signature, httpStatus, body);
      return;
    }
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

  private void count(
      Instant receivedAt, WebhookSignature.Verdict signature, int httpStatus, byte[] body) {
    int counted =
        em.createNativeQuery(
                "update billing_unverified_call set calls = calls + 1, last_received_at = ?1,"
                    + " last_http_status = ?2 where signature = ?3")
            .setParameter(1, OffsetDateTime.ofInstant(receivedAt, ZoneOffset.UTC))
            .setParameter(2, httpStatus)
            .setParameter(3, signature.name())
            .executeUpdate();
    if (counted == 0) {
      em.persist(new UnverifiedCalls(signature, receivedAt, httpStatus));
    }
    UNVERIFIED_LOG
        .line(
            receivedAt,
            "Renewal webhook call answered "
                + httpStatus
                + " (signature "
                + signature
                + ") counted, its body not kept: "
                + (body == null
                    ? "none read"
                    : body.length + " bytes, " + Excerpt.of(body, EXCERPT)))
        .ifPresent(LOG::warning);
  }

  /**
   * Erases the bodies of the calls received before that instant, their row kept (when, verdict,
   * answer, hash): the bodies name customers, and are kept only as long as they may explain a
   * renewal. A conditional update: nodes sweeping together erase each body once.
   *
   * @return how many bodies this call erased
   */
  public int forgetBodiesReceivedBefore(Instant cutoff) {
    return em.createQuery(
            "update BillingDelivery d set d.body = null"
                + " where d.receivedAt < :cutoff and d.body is not null")
        .setParameter("cutoff", cutoff)
        .executeUpdate();
  }

  /** How many calls came with each signature verdict other than valid, the most frequent first. */
  @RolesAllowed("SUPERVISOR")
  public List<UnverifiedCalls> unverifiedCalls() {
    return em.createQuery(
            "select c from UnverifiedCalls c where c.calls > 0"
                + " order by c.calls desc, c.signature",
            UnverifiedCalls.class)
        .getResultList();
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
