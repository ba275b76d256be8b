package fr.orthocab.support.billing;

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
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every hour ({@link Cadence.Job#DELIVERY_BODY_SWEEP}), on every node: erases the bodies of webhook
 * calls older than the retention setting. Thin and non-persistent; the erasure is a conditional
 * update (see {@link Deliveries#forgetBodiesReceivedBefore}), so nodes sweeping together act once.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeliveryBodySweep {
  private static final Logger LOG = Logger.getLogger(DeliveryBodySweep.class.getName());

  @Inject private Deliveries deliveries;
  @Inject private DatabaseMigrations migrations;
  @Inject private Clock clock;
  @Inject private Cadence cadence;
  @Resource private TimerService timers;

  @Inject
  @ConfigProperty(name = "app.billing.delivery-body-days", defaultValue = "90")
  private int bodyDays;

  @PostConstruct
  void startTimer() {
    cadence.start(timers, Cadence.Job.DELIVERY_BODY_SWEEP);
  }

  @Timeout
  public void sweep() {
    if (!migrations.applied()) {
      return;
    }
    int erased =
        deliveries.forgetBodiesReceivedBefore(clock.instant().minus(Duration.ofDays(bodyDays)));
    if (erased > 0) {
      LOG.info(() -> erased + " webhook call bodies older than " + bodyDays + " days erased");
    }
  }
}
