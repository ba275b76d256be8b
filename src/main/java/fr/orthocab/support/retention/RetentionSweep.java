package fr.orthocab.support.retention;

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
 * Every hour ({@link Cadence.Job#RETENTION_SWEEP}), on every node: runs the day's retention if
 * nobody ran it yet. Hourly rather than daily so that a node restarted often still sweeps, and the
 * day's claim (see {@link RetentionRuns#claim}) makes it once a day across all nodes.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionSweep {
  @Inject private Retention retention;
  @Inject private DatabaseMigrations migrations;
  @Inject private Cadence cadence;
  @Resource private TimerService timers;

  @PostConstruct
  void startTimer() {
    cadence.start(timers, Cadence.Job.RETENTION_SWEEP);
  }

  @Timeout
  public void sweep() {
    if (migrations.applied()) {
      retention.sweep();
    }
  }
}
