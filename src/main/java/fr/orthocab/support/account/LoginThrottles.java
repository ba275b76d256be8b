package fr.orthocab.support.account;

import fr.orthocab.support.platform.Sha256;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows failed logins down without handing anyone a way to lock someone else out. Two keys count
 * failures: the account tried from one client address (a few free, then a lock that doubles with
 * each failure: whoever guesses from one place soon waits minutes), and the client address whatever
 * the account (one place trying many accounts). Neither key stops the account's owner from logging
 * in from their own address, so nobody elsewhere can keep them out by failing on purpose. The
 * counts live in the database, so every node of a cluster sees the same ones.
 */
@Stateless
public class LoginThrottles {
  @PersistenceContext private EntityManager em;

  @Inject
  @ConfigProperty(name = "app.login.max-failures", defaultValue = "5")
  private int freeFailures;

  @Inject
  @ConfigProperty(name = "app.login.lock-seconds", defaultValue = "30")
  private long firstLockSeconds;

  @Inject
  @ConfigProperty(name = "app.login.address-max-failures", defaultValue = "30")
  private int addressFreeFailures;

  private ThrottleRule accountFromAddress;
  private ThrottleRule address;

  @PostConstruct
  void rules() {
    Duration firstLock = Duration.ofSeconds(Math.max(1, firstLockSeconds));
    accountFromAddress =
        new ThrottleRule(
            Math.max(1, freeFailures), firstLock, Duration.ofMinutes(15), Duration.ofHours(1));
    address =
        new ThrottleRule(
            Math.max(1, addressFreeFailures),
            firstLock.multipliedBy(2),
            Duration.ofHours(1),
            Duration.ofHours(1));
  }

  /** Whether a login of that account (its email key) from that address may be tried now. */
  public boolean allows(String emailKey, String clientAddress, Instant now) {
    return !locked(pairKey(emailKey, clientAddress), now)
        && !locked(addressKey(clientAddress), now);
  }

  /** Counts a failed login against both keys. */
  public void failed(String emailKey, String clientAddress, Instant now) {
    countFailure(pairKey(emailKey, clientAddress), now, accountFromAddress);
    countFailure(addressKey(clientAddress), now, address);
  }

  /** A successful login forgets that account's failures from that address. */
  public void succeeded(String emailKey, String clientAddress) {
    LoginThrottle pair = em.find(LoginThrottle.class, pairKey(emailKey, clientAddress));
    if (pair != null) {
      em.remove(pair);
    }
  }

  /** Forgets keys with no failure since that instant (the periodic sweep); answers how many. */
  public int forgetQuietSince(Instant before) {
    return em.createQuery("delete from LoginThrottle t where t.lastFailureAt < :before")
        .setParameter("before", before)
        .executeUpdate();
  }

  private boolean locked(String key, Instant now) {
    LoginThrottle throttle = em.find(LoginThrottle.class, key);
    return throttle != null && throttle.lockedAt(now);
  }

  private void countFailure(String key, Instant now, ThrottleRule rule) {
    LoginThrottle throttle = em.find(LoginThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
    if (throttle == null) {
      throttle = new LoginThrottle(key, now);
      em.persist(throttle);
    }
    throttle.failed(now, rule);
  }

  static String pairKey(String emailKey, String clientAddress) {
    return Sha256.hex("account-from-address\n" + emailKey + "\n" + clientAddress);
  }

  static String addressKey(String clientAddress) {
    return Sha256.hex("address\n" + clientAddress);
  }
}
