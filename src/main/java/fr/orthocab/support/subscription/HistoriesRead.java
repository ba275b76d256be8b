package fr.orthocab.support.subscription;

import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The subscription histories this transaction already read, by customer: a new request reads the
 * customer's coverage for the intake rules, then again for the SLA policy of its clock, at the same
 * instant. Forgotten when the transaction adds a subscription to that customer.
 */
@TransactionScoped
public class HistoriesRead implements Serializable {
  private static final long serialVersionUID = 1L;
  private final transient Map<Long, List<Subscription>> read = new HashMap<>();

  List<Subscription> of(long customerId, Supplier<List<Subscription>> query) {
    return read.computeIfAbsent(customerId, id -> query.get());
  }

  void forget(long customerId) {
    read.remove(customerId);
  }
}
