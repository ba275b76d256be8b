package fr.orthocab.support.mail;

import java.time.Duration;
import java.time.Instant;

/**
 * When to try a notification again after a failed attempt: the first delay, doubling up to a
 * ceiling; given up once the attempts of a round have spanned {@code giveUpAfter}, so that a mail
 * server down for hours loses nothing, and one that refuses a mail for days is left to a person.
 */
public record Backoff(Duration first, Duration max, Duration giveUpAfter) {
  public Backoff {
    if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
      throw new IllegalArgumentException("Backoff needs 0 < first <= max");
    }
  }

  /** The wait after the n-th failed attempt (n from 1). */
  public Duration delayAfter(int failedAttempts) {
    Duration delay = first;
    for (int i = 1; i < failedAttempts && delay.compareTo(max) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(max) > 0 ? max : delay;
  }

  /**
   * The next attempt after the n-th failed one at {@code now}, or null when the round's waits
   * reached {@code giveUpAfter}: the notification is then FAILED.
   */
  public Instant nextAttempt(int failedAttempts, Instant now) {
    Duration waited = Duration.ZERO;
    for (int i = 1; i < failedAttempts; i++) {
      waited = waited.plus(delayAfter(i));
      if (waited.compareTo(giveUpAfter) >= 0) {
        return null;
      }
    }
    return waited.compareTo(giveUpAfter) >= 0 ? null : now.plus(delayAfter(failedAttempts));
  }
}
