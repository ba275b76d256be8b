package fr.orthocab.support.closing;

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
import java.util.function.LongPredicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every ten minutes ({@link Cadence.Job#AUTO_CLOSE_SWEEP}), on every node: warns the customers of
 * resolved requests about to close by themselves, and closes those whose day has come. Thin and
 * non-persistent; the claims are in the database (see {@link AutoClosing}), so nodes sweeping
 * together act once.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AutoCloseSweep {
  private static final Logger LOG = Logger.getLogger(AutoCloseSweep.class.getName());

  @Inject private AutoClosing autoClosing;
  @Inject private DatabaseMigrations migrations;
  @Inject private Cadence cadence;
  @Resource private TimerService timers;

  @PostConstruct
  void startTimer() {
    cadence.start(timers, Cadence.Job.AUTO_CLOSE_SWEEP);
  }

  @Timeout
  public void sweep() {
    if (!migrations.applied()) {
      return;
    }
    for (long ticketId : autoClosing.warningsDue()) {
      claim(ticketId, autoClosing::warn, "customer warned of the closing of ticket ");
    }
    for (long ticketId : autoClosing.closingsDue()) {
      claim(ticketId, autoClosing::close, "closed by itself: ticket ");
    }
  }

  private void claim(long ticketId, LongPredicate step, String done) {
    try {
      if (step.test(ticketId)) {
        LOG.info(() -> done + ticketId);
      }
    } catch (EJBException e) {
      LOG.log(Level.FINE, "Ticket " + ticketId + " changed meanwhile, left to its new state", e);
    }
  }
}
