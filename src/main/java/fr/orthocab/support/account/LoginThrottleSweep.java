package fr.orthocab.support.account;

import fr.orthocab.support.platform.Cadence;
import fr.orthocab.support.platform.DatabaseMigrations;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;

/**
 * Every hour ({@link Cadence.Job#LOGIN_THROTTLE_SWEEP}), on every node: forgets the failed-login
 * counts nobody added to for a day (they no longer count after an hour anyway), so that an attacker
 * trying random addresses does not grow the table forever. A delete by date acts once whatever the
 * number of nodes.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LoginThrottleSweep {
  @Inject private LoginThrottles throttles;
  @Inject private DatabaseMigrations migrations;
  @Inject private Clock clock;
  @Inject private Cadence cadence;
  @Resource private TimerService timers;

  @PostConstruct
  void startTimer() {
    cadence.start(timers, Cadence.Job.LOGIN_THROTTLE_SWEEP);
  }

  @Timeout
  public void sweep() {
    if (migrations.applied()) {
      throttles.forgetQuietSince(clock.instant().minus(Duration.ofDays(1)));
    }
  }
}
