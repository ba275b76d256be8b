package fr.orthocab.support.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.Deployments;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Idempotency keys in the database: claimed once, their answer kept whole, forgotten in time. */
@ExtendWith(ArquillianExtension.class)
class IdempotencyKeysIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @PersistenceContext private EntityManager em;
  @Resource private UserTransaction tx;
  @Inject private IdempotencyKeys keys;
  @Resource private ManagedExecutorService executor;

  private final String unique = UUID.randomUUID().toString();

  @Test
  void aClaimedKeysAnswerIsKeptWholeForADay() throws Exception {
    KeyedRequest request = request("a", "{\"subject\":\"Agenda\"}");
    String body = "{\"reference\":\"OC-1\",\"body\":\"" + "é".repeat(20_000) + "\"}";
    inTransaction(
        () -> {
          keys.record(keys.claim(request), new RecordedAnswer(201, body, "/api/tickets/OC-1", "3"));
          return null;
        });

    IdempotencyKey kept = inTransaction(() -> keys.earlier(request).orElseThrow());

    assertEquals(new RecordedAnswer(201, body, "/api/tickets/OC-1", "3"), kept.answer());
    assertTrue(kept.sameBodyAs(request));
    assertFalse(kept.sameBodyAs(request("a", "{\"subject\":\"Agenda \"}")));
    assertEquals(IdempotencyKeys.KEPT, Duration.between(kept.getCreatedAt(), kept.getExpiresAt()));
  }

  @Test
  void aKeyTakenByACommittedCallCannotBeClaimedAgain() throws Exception {
    KeyedRequest request = request("b", "{}");
    inTransaction(() -> keys.claim(request));

    assertThrows(KeyTaken.class, () -> inTransaction(() -> keys.claim(request)));
  }

  /**
   * What two nodes racing with one key meet: the second claim waits in the database for the first
   * call's transaction, then is refused when it commits, or takes the key when it rolls back.
   */
  @Test
  void aSecondClaimWaitsForTheFirstCallThenIsRefusedIfItCommittedOrTakesTheKeyIfNot()
      throws Exception {
    for (boolean committed : new boolean[] {true, false}) {
      KeyedRequest request = request("race " + committed, "{}");
      tx.begin();
      keys.claim(request);
      Future<Throwable> second = executor.submit(() -> claimedOrRefused(request));
      Thread.sleep(1000);
      assertFalse(second.isDone(), "the second claim waits for the first call's end");
      if (committed) {
        tx.commit();
        assertInstanceOf(KeyTaken.class, second.get(30, TimeUnit.SECONDS));
      } else {
        tx.rollback();
        assertNull(second.get(30, TimeUnit.SECONDS));
      }
    }
  }

  private Throwable claimedOrRefused(KeyedRequest request) {
    try {
      inTransaction(() -> keys.claim(request));
      return null;
    } catch (Exception e) {
      return e;
    }
  }

  @Test
  void expiredKeysAreForgottenBySweepOrWhenFound() throws Exception {
    KeyedRequest swept = request("c", "{}");
    KeyedRequest found = request("d", "{}");
    Instant past = Instant.now().minus(Duration.ofHours(25));
    inTransaction(
        () -> {
          em.persist(new IdempotencyKey(swept, past, past.plus(IdempotencyKeys.KEPT)));
          em.persist(new IdempotencyKey(found, past, past.plus(IdempotencyKeys.KEPT)));
          return null;
        });

    assertTrue(inTransaction(() -> keys.earlier(found)).isEmpty());
    assertTrue(inTransaction(() -> keys.forgetExpired()) >= 1);
    assertEquals(null, inTransaction(() -> em.find(IdempotencyKey.class, swept.keyHash())));
    inTransaction(() -> keys.claim(found));
  }

  private KeyedRequest request(String key, String body) {
    return KeyedRequest.of(
        "token " + unique, "POST tickets", key, body.getBytes(StandardCharsets.UTF_8));
  }

  private <T> T inTransaction(Callable<T> work) throws Exception {
    tx.begin();
    try {
      T result = work.call();
      tx.commit();
      return result;
    } catch (Exception e) {
      tx.rollback();
      throw e;
    }
  }
}
