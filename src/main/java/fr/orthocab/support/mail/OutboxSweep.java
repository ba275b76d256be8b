package fr.orthocab.support.mail;

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
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every 20 seconds ({@link Cadence.Job#OUTBOX_SWEEP}), on every node: sends the notifications that
 * are due. Thin and non-persistent; the claim is in the database ({@link OutboxClaims}), so nodes
 * sending together send each once.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSweep {
  private static final Logger LOG = Logger.getLogger(OutboxSweep.class.getName());

  @Inject private OutboxSending sending;
  @Inject private DatabaseMigrations migrations;
  @Inject private Cadence cadence;
  @Resource private TimerService timers;

  @PostConstruct
  void startTimer() {
    cadence.start(timers, Cadence.Job.OUTBOX_SWEEP);
  }

  @Timeout
  public void sweep() {
    if (!migrations.applied()) {
      return;
    }
    try {
      int sent = sending.sendDue();
      if (sent > 0) {
        LOG.info(() -> "Outbox: " + sent + " mail(s) sent");
      }
    } catch (EJBException e) {
      LOG.log(Level.INFO, "Outbox sweep rolled back, left to the next one", e);
    }
  }
}
