package fr.orthocab.support.sla.calendar;

import java.time.Duration;
import java.util.Objects;

/**
 * The service levels of a pack: the objective in opening time (DELAY-AIM), the deadline in counted
 * days (DELAY-MAX) and when to warn before each. A ticket keeps the policy it started with.
 *
 * @param objective opening time to the objective
 * @param deadlineDays counted days after the day of receipt (jours ouvrables by default)
 * @param warningRatio share of the objective's opening time after which to warn, strictly between 0
 *     and 1
 * @param warningBeforeDeadline opening time before the deadline at which to warn
 */
public record SlaPolicy(
    Duration objective, int deadlineDays, double warningRatio, Duration warningBeforeDeadline) {
  /** DELAY-MAX: 2 jours ouvrables. */
  public static final int DELAY_MAX_DAYS = 2;

  /** DELAY-AIM for priority packs: 2 opening hours. */
  public static final SlaPolicy PRIORITY =
      new SlaPolicy(Duration.ofHours(2), DELAY_MAX_DAYS, 0.75, Duration.ofHours(4));

  /** DELAY-AIM for the other packs: 9 opening hours, one opening day. */
  public static final SlaPolicy NORMAL =
      new SlaPolicy(Duration.ofHours(9), DELAY_MAX_DAYS, 0.75, Duration.ofHours(4));

  public SlaPolicy {
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(warningBeforeDeadline, "warningBeforeDeadline");
    if (objective.isNegative() || objective.isZero()) {
      throw new IllegalArgumentException("objective must be positive: " + objective);
    }
    if (deadlineDays < 1) {
      throw new IllegalArgumentException("deadlineDays must be at least 1: " + deadlineDays);
    }
    if (!(warningRatio > 0 && warningRatio < 1)) {
      throw new IllegalArgumentException("warningRatio must be between 0 and 1: " + warningRatio);
    }
    if (warningBeforeDeadline.isNegative()) {
      throw new IllegalArgumentException(
          "warningBeforeDeadline must not be negative: " + warningBeforeDeadline);
    }
  }

  /** Opening time after which the objective's warning is due, to the millisecond. */
  public Duration objectiveWarningAfter() {
    return Duration.ofMillis(Math.round(objective.toMillis() * warningRatio));
  }
}
