package fr.orthocab.support.account;

import java.time.Duration;
import java.util.Objects;

/**
 * How failed logins slow down one key (an account tried from one address, or one address whatever
 * the account): a few failures are free; then each further failure locks the key for twice as long
 * as the last, up to a ceiling; failures older than {@code forgetAfter} no longer count.
 */
record ThrottleRule(int freeFailures, Duration firstLock, Duration maxLock, Duration forgetAfter) {
  ThrottleRule {
    if (freeFailures < 1) {
      throw new IllegalArgumentException("At least one failure must be free");
    }
    Objects.requireNonNull(firstLock, "firstLock");
    Objects.requireNonNull(maxLock, "maxLock");
    Objects.requireNonNull(forgetAfter, "forgetAfter");
  }

  /** The lock that follows that many failures in a row; zero while they are free. */
  Duration lockAfter(int failures) {
    if (failures < freeFailures) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - freeFailures, 30);
    Duration lock = firstLock.multipliedBy(1L << doublings);
    return lock.compareTo(maxLock) > 0 ? maxLock : lock;
  }
}
