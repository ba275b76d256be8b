package fr.orthocab.support.subscription;

import fr.orthocab.support.customer.Customer;
import java.time.Instant;
import java.util.List;

/**
 * A customer's subscription reached its end, claimed once whatever the number of nodes: fired in
 * the transaction that claims it, with the customer's row locked and their coverage at that
 * instant. The customer lapsed when nothing covers them then ({@link #uncovered()}); otherwise
 * another subscription took over (a renewal in time, another pack). Observers act synchronously, so
 * that what they change commits with the claim or rolls back with it; the one that holds requests
 * for the renewal adds their references to {@link #held()}, in order.
 */
public record SubscriptionLapsed(
    Customer customer, Coverage coverage, Instant at, List<String> held) {

  /** Covered by nothing, and the subscription whose end made them lapse is known. */
  public boolean uncovered() {
    return !coverage.isCovered() && coverage.endedLast().isPresent();
  }
}
