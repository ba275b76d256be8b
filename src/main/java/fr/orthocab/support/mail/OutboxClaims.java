package fr.orthocab.support.mail;

import fr.orthocab.support.mail.outbox.OutboxMessage;
import fr.orthocab.support.mail.outbox.OutboxStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The sender's hold on the notifications it sends, each step in its own short transaction, so that
 * no transaction stays open while a mail server answers. A claim is one conditional update: it
 * moves {@code next_attempt_at} past a lease and stamps the rows with a token; a second node's
 * update waits for the rows, then finds them no longer due and claims nothing. A node that dies
 * while sending leaves its rows to be claimed again when the lease ends.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxClaims {
  /** Longer than a batch can take to send (timeouts of 20 s per mail, at most a batch of them). */
  static final Duration LEASE = Duration.ofMinutes(15);

  @PersistenceContext private EntityManager em;

  /** Claims at most {@code max} due notifications, oldest due first; answers them, detached. */
  public List<OutboxMessage> claimDue(Instant now, int max) {
    String token = UUID.randomUUID().toString();
    OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    // microseconds, as both databases keep it, so that the rows are found again by this instant
    Instant leaseEnd = now.plus(LEASE).truncatedTo(ChronoUnit.MICROS);
    int claimed =
        em.createNativeQuery(
                "update outbox_message set claim_token = ?1, next_attempt_at = ?2"
                    + " where status = 'PENDING' and next_attempt_at <= ?3 and id in"
                    + " (select d.id from outbox_message d where d.status = 'PENDING'"
                    + " and d.next_attempt_at <= ?3 order by d.next_attempt_at, d.id"
                    + " fetch first "
                    + max
                    + " rows only)")
            .setParameter(1, token)
            .setParameter(2, OffsetDateTime.ofInstant(leaseEnd, ZoneOffset.UTC))
            .setParameter(3, at)
            .executeUpdate();
    if (claimed == 0) {
      return List.of();
    }
    List<OutboxMessage> rows =
        // found through (status, next_attempt_at), indexed, rather than a scan by token
        em.createQuery(
                "select m from OutboxMessage m where m.status = :pending"
                    + " and m.nextAttemptAt = :leaseEnd and m.claimToken = :token order by m.id",
                OutboxMessage.class)
            .setParameter("pending", OutboxStatus.PENDING)
            .setParameter("leaseEnd", leaseEnd)
            .setParameter("token", token)
            .getResultList();
    rows.forEach(em::detach);
    return rows;
  }

  /** The server took it; only if this node still holds it. */
  public void sent(OutboxMessage claimed, Instant at) {
    held(claimed).ifPresent(m -> m.sent(at));
  }

  /** The attempt failed: tried again after the backoff, or given up. */
  public void failed(OutboxMessage claimed, String error, Backoff backoff, Instant at) {
    held(claimed)
        .ifPresent(m -> m.attemptFailed(error, backoff.nextAttempt(m.getAttempts() + 1, at)));
  }

  private Optional<OutboxMessage> held(OutboxMessage claimed) {
    OutboxMessage row = em.find(OutboxMessage.class, claimed.getId());
    return Optional.ofNullable(row)
        .filter(r -> r.getStatus() == OutboxStatus.PENDING)
        .filter(r -> claimed.getClaimToken() != null)
        .filter(r -> claimed.getClaimToken().equals(r.getClaimToken()));
  }
}
