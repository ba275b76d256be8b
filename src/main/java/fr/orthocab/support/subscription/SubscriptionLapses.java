package fr.orthocab.support.subscription;

import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Customers;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Subscriptions that end: each end is claimed in the database, in the transaction that tells it
 * ({@link SubscriptionLapsed}), so that nodes sweeping together tell it once; what follows (holding
 * requests, priorities) is the observers' part of that transaction.
 */
@Stateless
public class SubscriptionLapses {
  private static final Logger LOG = Logger.getLogger(SubscriptionLapses.class.getName());
  private static final int BATCH = 100;
  private static final int MAX_BATCHES = 50;

  @Inject private Subscriptions subscriptions;
  @Inject private Customers customers;
  @Inject private Event<SubscriptionLapsed> lapsed;
  @Resource private SessionContext context;

  /** Customers with an end to handle at that instant, a batch at most. */
  public List<Long> due(Instant now) {
    return subscriptions.customersWithEndsToHandle(now, BATCH);
  }

  /**
   * Handles every end due at that instant, each customer in a transaction of their own; answers how
   * many requests were held. A customer another node holds is left to the next sweep.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int sweepAt(Instant now) {
    SubscriptionLapses self = context.getBusinessObject(SubscriptionLapses.class);
    int held = 0;
    for (int batch = 0; batch < MAX_BATCHES; batch++) {
      List<Long> due = due(now);
      int handled = 0;
      for (long customerId : due) {
        try {
          held += self.handle(customerId, now).size();
          handled++;
        } catch (EJBException e) {
          LOG.log(Level.FINE, "Customer " + customerId + " busy elsewhere, left to next sweep", e);
        }
      }
      if (due.size() < BATCH || handled == 0) {
        break;
      }
    }
    return held;
  }

  /**
   * Claims the customer's subscription ends due at that instant and tells them with the coverage
   * left; answers the references of the requests held for the renewal (none when another node
   * claimed the ends, or when a renewal in time covers the customer).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<String> handle(long customerId, Instant now) {
    Customer customer =
        customers.lockedById(customerId).orElseThrow(() -> new IllegalArgumentException("Unknown"));
    if (subscriptions.claimEnds(customerId, now) == 0) {
      return List.of();
    }
    List<String> held = new ArrayList<>();
    lapsed.fire(
        new SubscriptionLapsed(customer, subscriptions.coverageOf(customer, now), now, held));
    return held;
  }
}
