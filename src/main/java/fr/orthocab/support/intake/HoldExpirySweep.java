package fr.orthocab.support.intake;

import fr.orthocab.support.platform.Cadence;
import fr.orthocab.support.platform.DatabaseMigrations;
import fr.orthocab.support.ticket.TicketStatus;
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
 * Every minute ({@link Cadence.Job#HOLD_EXPIRY_SWEEP}), on every node: ends the holds that expired.
 * Thin and non-persistent; the claim is in the database (see {@link ExpiredHolds}), so nodes
 * sweeping together act once.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HoldExpirySweep {
  private static final Logger LOG = Logger.getLogger(HoldExpirySweep.class.getName());

  @Inject private ExpiredHolds expiredHolds;
  @Inject private DatabaseMigrations migrations;
  @Inject private Cadence cadence;
  @Resource private TimerService timers;

  @PostConstruct
  void startTimer() {
    cadence.start(timers, Cadence.Job.HOLD_EXPIRY_SWEEP);
  }

  @Timeout
  public void sweep() {
    if (!migrations.applied()) {
      return;
    }
    for (TicketStatus held :
        new TicketStatus[] {TicketStatus.AWAITING_IDENTIFICATION, TicketStatus.AWAITING_RENEWAL}) {
      for (long ticketId : expiredHolds.due(held)) {
        refuse(ticketId);
      }
    }
  }

  private void refuse(long ticketId) {
    try {
      if (expiredHolds.refuse(ticketId)) {
        LOG.info(() -> "Hold expired: ticket " + ticketId + " refused");
      }
    } catch (EJBException e) {
      LOG.log(Level.FINE, "Ticket " + ticketId + " changed meanwhile, left to its new state", e);
    }
  }
}
