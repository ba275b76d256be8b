package fr.orthocab.support.subscription;

import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a customer's subscriptions say at one instant: covered or not, and by which subscription.
 * When two periods overlap, a priority pack wins, then a paid one, then the one that runs longest.
 */
public final class Coverage implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Subscription active;
  private final Subscription latest;
  private final Subscription endedLast;

  private Coverage(Subscription active, Subscription latest, Subscription endedLast) {
    this.active = active;
    this.latest = latest;
    this.endedLast = endedLast;
  }

  public static Coverage at(Instant instant, List<Subscription> subscriptions) {
    Subscription active =
        subscriptions.stream()
            .filter(s -> s.covers(instant))
            .max(
                Comparator.comparing((Subscription s) -> s.getPack().isPriority())
                    .thenComparing(s -> s.getPack().isPaid())
                    .thenComparing(Subscription::getPeriodEnd))
            .orElse(null);
    Subscription latest =
        subscriptions.stream().max(Comparator.comparing(Subscription::getPeriodEnd)).orElse(null);
    Subscription endedLast =
        subscriptions.stream()
            .filter(s -> !s.coveredUntil().isAfter(instant))
            .max(Comparator.comparing(Subscription::coveredUntil))
            .orElse(null);
    return new Coverage(active, latest, endedLast);
  }

  public boolean isCovered() {
    return active != null;
  }

  public boolean isPriority() {
    return active != null && active.getPack().isPriority();
  }

  /** The subscription that covers the customer, if any. */
  public Optional<Subscription> subscription() {
    return Optional.ofNullable(active);
  }

  /** The subscription that ends last, covering or not: what a lapsed customer would renew. */
  public Optional<Subscription> latest() {
    return Optional.ofNullable(latest);
  }

  /**
   * The subscription whose coverage ended last before that instant (by its period or a
   * cancellation): for a customer covered by nothing, the one whose end made them lapse.
   */
  public Optional<Subscription> endedLast() {
    return Optional.ofNullable(endedLast);
  }

  public Optional<Pack> pack() {
    return subscription().map(Subscription::getPack);
  }

  /** For pages: the covering subscription or null. */
  public Subscription getActive() {
    return active;
  }

  public Subscription getLatest() {
    return latest;
  }
}
