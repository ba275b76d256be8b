package fr.orthocab.support.subscription;

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
import java.util.logging.Logger;

/**
 * Every minute ({@link Cadence.Job#SUBSCRIPTION_LAPSE_SWEEP}), on every node: handles the
 * subscriptions whose coverage ended. Thin and non-persistent; the claim is in the database (see
 * {@link SubscriptionLapses}), so nodes sweeping together act once.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SubscriptionLapseSweep {
  private static final Logger LOG = Logger.getLogger(SubscriptionLapseSweep.class.getName());

  @Inject private SubscriptionLapses lapses;
  @Inject private DatabaseMigrations migrations;
  @Inject private Clock clock;
  @Inject private Cadence cadence;
  @Resource private TimerService timers;

  @PostConstruct
  void startTimer() {
    cadence.start(timers, Cadence.Job.SUBSCRIPTION_LAPSE_SWEEP);
  }

  @Timeout
  public void sweep() {
    if (!migrations.applied()) {
      return;
    }
    int held = lapses.sweepAt(clock.instant());
    if (held > 0) {
      LOG.info(() -> "Subscription lapses: " + held + " request(s) held for renewal");
    }
  }
}
