package fr.orthocab.support.idempotency;

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

/**
 * Every hour ({@link Cadence.Job#IDEMPOTENCY_KEY_SWEEP}), on every node: deletes the idempotency
 * keys past their 24 hours, so that the table holds about a day of API calls. A delete by date acts
 * once whatever the number of nodes; a key found expired before the sweep is forgotten on the spot.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IdempotencyKeySweep {
  @Inject private IdempotencyKeys keys;
  @Inject private DatabaseMigrations migrations;
  @Inject private Cadence cadence;
  @Resource private TimerService timers;

  @PostConstruct
  void startTimer() {
    cadence.start(timers, Cadence.Job.IDEMPOTENCY_KEY_SWEEP);
  }

  @Timeout
  public void sweep() {
    if (migrations.applied()) {
      keys.forgetExpired();
    }
  }
}
