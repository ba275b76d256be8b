package fr.orthocab.support.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackoffTest {
  private static final Backoff DEFAULT =
      new Backoff(Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofHours(48));
  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

  @Test
  void delayDoublesFromOneMinuteUpToOneHour() {
    assertEquals(Duration.ofMinutes(1), DEFAULT.delayAfter(1));
    assertEquals(Duration.ofMinutes(2), DEFAULT.delayAfter(2));
    assertEquals(Duration.ofMinutes(32), DEFAULT.delayAfter(6));
    assertEquals(Duration.ofHours(1), DEFAULT.delayAfter(7));
    assertEquals(Duration.ofHours(1), DEFAULT.delayAfter(500));
  }

  @Test
  void anHourOfOutageIsRetriedAndTwoDaysAreGivenUp() {
    assertEquals(NOW.plus(Duration.ofMinutes(1)), DEFAULT.nextAttempt(1, NOW));
    // attempts 1..7 span 63 minutes: still retried
    assertNotNull(DEFAULT.nextAttempt(8, NOW));
    int attempts = 1;
    Duration spanned = Duration.ZERO;
    while (DEFAULT.nextAttempt(attempts, NOW) != null) {
      spanned = spanned.plus(DEFAULT.delayAfter(attempts));
      attempts++;
    }
    assertEquals(48, spanned.toHours(), "given up once the waits reach 48 hours");
  }

  @Test
  void noGraceGivesUpAtTheFirstFailure() {
    Backoff none = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ZERO);
    assertNull(none.nextAttempt(1, NOW));
  }
}
