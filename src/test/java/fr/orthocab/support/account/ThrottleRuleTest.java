package fr.orthocab.support.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ThrottleRuleTest {
  private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
  private static final ThrottleRule RULE =
      new ThrottleRule(5, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(1));

  @Test
  void theLockDoublesWithEachFailurePastTheFreeOnesUpToItsCeiling() {
    assertEquals(Duration.ZERO, RULE.lockAfter(4));
    assertEquals(Duration.ofSeconds(30), RULE.lockAfter(5));
    assertEquals(Duration.ofSeconds(60), RULE.lockAfter(6));
    assertEquals(Duration.ofSeconds(120), RULE.lockAfter(7));
    assertEquals(Duration.ofMinutes(15), RULE.lockAfter(12));
    assertEquals(Duration.ofMinutes(15), RULE.lockAfter(5000));
  }

  @Test
  void failuresOlderThanTheWindowNoLongerCount() {
    LoginThrottle throttle = new LoginThrottle("k", NOW);
    for (int i = 0; i < 5; i++) {
      throttle.failed(NOW, RULE);
    }
    assertTrue(throttle.lockedAt(NOW.plusSeconds(29)));
    assertFalse(throttle.lockedAt(NOW.plusSeconds(30)));

    throttle.failed(NOW.plus(Duration.ofHours(2)), RULE);
    assertEquals(1, throttle.getFailures());
    assertFalse(throttle.lockedAt(NOW.plus(Duration.ofHours(2))));
  }
}
