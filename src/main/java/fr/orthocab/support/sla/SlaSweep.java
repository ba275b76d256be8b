package fr.orthocab.support.sla;

import fr.orthocab.support.platform.Cadence;
import fr.orthocab.support.platform.DatabaseMigrations;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every minute ({@link Cadence.Job#SLA_SWEEP}), on every node: records the SLA warnings and
 * breaches that came due. Thin and non-persistent; the claim is in the database ({@link
 * DueSlaEvents}), so nodes sweeping together record each event once.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SlaSweep {
  private static final Logger LOG = Logger.getLogger(SlaSweep.class.getName());

  @Inject private DueSlaEvents dueEvents;
  @Inject private DatabaseMigrations migrations;
  @Inject private Clock clock;
  @Inject private Cadence cadence;
  @Resource private TimerService timers;

  @PostConstruct
  void startTimer() {
    cadence.start(timers, Cadence.Job.SLA_SWEEP);
  }

  @Timeout
  public void sweep() {
    if (!migrations.applied()) {
      return;
    }
    try {
      int recorded = dueEvents.recordAt(clock.instant());
      if (recorded > 0) {
        LOG.info(() -> "SLA sweep: " + recorded + " warning(s) or breach(es) recorded");
      }
    } catch (EJBException e) {
      // Another node held the same clocks (a lock timeout or deadlock rolled this batch back):
      // whatever it did not record, the next sweep will.
      LOG.log(Level.INFO, "SLA sweep rolled back, left to the next one", e);
    }
  }
}
