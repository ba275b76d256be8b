package fr.orthocab.support.subscription;

import fr.orthocab.support.platform.DatabaseMigrations;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Every minute, on every node: handles the subscriptions whose coverage ended. Thin and
 * non-persistent; the claim is in the database (see {@link SubscriptionLapses}), so nodes sweeping
 * together act once.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SubscriptionLapseSweep {
  private static final Logger LOG = Logger.getLogger(SubscriptionLapseSweep.class.getName());

  @Inject private SubscriptionLapses lapses;
  @Inject private DatabaseMigrations migrations;
  @Inject private Clock clock;

  @Schedule(hour = "*", minute = "*", persistent = false)
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
