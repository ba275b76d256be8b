package fr.orthocab.support.idempotency;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Entry point for idempotency keys, in the caller's transaction: what an earlier call with the key
 * answered, the claim of a new key before the call's work, and its answer recorded in the same
 * transaction as that work, so that a key is never kept for a call that did not commit.
 */
@Stateless
public class IdempotencyKeys {
  /** How long a key's answer is replayed. */
  public static final Duration KEPT = Duration.ofHours(24);

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /** The key as a committed call left it, unless it has expired (then it is forgotten). */
  public Optional<IdempotencyKey> earlier(KeyedRequest request) {
    IdempotencyKey key = em.find(IdempotencyKey.class, request.keyHash());
    if (key != null && key.expiredAt(clock.instant())) {
      em.remove(key);
      em.flush();
      return Optional.empty();
    }
    return Optional.ofNullable(key);
  }

  /**
   * Takes the key for this call, written at once: a call holding it on another node or thread makes
   * the database wait for that call's end, then refuse this one if it committed.
   *
   * @throws KeyTaken when the key is held or was taken meanwhile
   */
  public IdempotencyKey claim(KeyedRequest request) {
    Instant now = clock.instant();
    IdempotencyKey key = new IdempotencyKey(request, now, now.plus(KEPT));
    try {
      em.persist(key);
      em.flush();
    } catch (PersistenceException e) {
      throw new KeyTaken(request, e);
    }
    return key;
  }

  /** The claimed key's call succeeded: its answer is kept, committed with the call's work. */
  public void record(IdempotencyKey claimed, RecordedAnswer answer) {
    em.find(IdempotencyKey.class, claimed.getKeyHash()).answered(answer);
  }

  /** The claimed key's call was refused (4xx): the key is free again for a corrected retry. */
  public void release(IdempotencyKey claimed) {
    em.remove(em.find(IdempotencyKey.class, claimed.getKeyHash()));
  }

  /** Forgets the keys whose answers are no longer replayed; returns how many. */
  public int forgetExpired() {
    return em.createQuery("delete from IdempotencyKey k where k.expiresAt <= :now")
        .setParameter("now", clock.instant())
        .executeUpdate();
  }
}
