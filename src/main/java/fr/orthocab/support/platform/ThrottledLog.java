package fr.orthocab.support.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * At most one line in a quiet period, for what strangers can make happen as often as they like (a
 * flood of calls must not become a flood of log lines); the next line written says how many were
 * left out meanwhile. One per node: each node's log stays readable.
 */
public final class ThrottledLog {
  private final Duration quiet;
  private Instant next = Instant.MIN;
  private long leftOut;

  public ThrottledLog(Duration quiet) {
    if (quiet.isNegative()) {
      throw new IllegalArgumentException("A quiet period cannot be negative");
    }
    this.quiet = quiet;
  }

  /** The line to write now, or nothing when one was written less than the quiet period ago. */
  public synchronized Optional<String> line(Instant now, String line) {
    if (now.isBefore(next)) {
      leftOut++;
      return Optional.empty();
    }
    next = now.plus(quiet);
    String written = leftOut == 0 ? line : line + " (" + leftOut + " similar lines left out)";
    leftOut = 0;
    return Optional.of(written);
  }
}
