package fr.orthocab.support.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * The failed logins of one key: an account tried from one client address, or one client address
 * whatever the account. The key is a hash, so that the table names neither addresses nor accounts.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @Column(name = "throttle_key", length = 64)
  private String key;

  @Column(name = "failures", nullable = false)
  private int failures;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "last_failure_at", nullable = false)
  private Instant lastFailureAt;

  protected LoginThrottle() {}

  LoginThrottle(String key, Instant now) {
    this.key = Objects.requireNonNull(key, "key");
    this.lastFailureAt = Objects.requireNonNull(now, "now");
  }

  boolean lockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /** Counts one more failure; past the free ones, locks the key for as long as the rule says. */
  void failed(Instant now, ThrottleRule rule) {
    if (lastFailureAt.plus(rule.forgetAfter()).isBefore(now)) {
      failures = 0;
    }
    failures++;
    lastFailureAt = now;
    var lock = rule.lockAfter(failures);
    lockedUntil = lock.isZero() ? null : now.plus(lock);
  }

  public String getKey() {
    return key;
  }

  public int getFailures() {
    return failures;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }

  public Instant getLastFailureAt() {
    return lastFailureAt;
  }
}
