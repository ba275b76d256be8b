package fr.orthocab.support.subscription;

import static fr.orthocab.support.platform.ClockProducer.PARIS;

import fr.orthocab.support.customer.Customer;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A customer's subscription to a pack for a period of whole days (inclusive, Europe/Paris). It
 * covers the customer from the start of its first day to the end of its last, unless cancelled.
 */
@Entity
@Table(name = "subscription")
public class Subscription implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(
      name = "subscription_seq",
      sequenceName = "subscription_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subscription_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "customer_id", nullable = false)
  private Customer customer;

  @ManyToOne(optional = false)
  @JoinColumn(name = "pack_id", nullable = false)
  private Pack pack;

  @Column(name = "period_start", nullable = false)
  private LocalDate periodStart;

  @Column(name = "period_end", nullable = false)
  private LocalDate periodEnd;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  /** When the desk handled the end of this coverage (see {@link Subscriptions#claimEnds}). */
  @Column(name = "end_handled_at")
  private Instant endHandledAt;

  protected Subscription() {}

  public Subscription(Customer customer, Pack pack, LocalDate periodStart, LocalDate periodEnd) {
    this.customer = Objects.requireNonNull(customer, "customer");
    this.pack = Objects.requireNonNull(pack, "pack");
    this.periodStart = Objects.requireNonNull(periodStart, "periodStart");
    this.periodEnd = Objects.requireNonNull(periodEnd, "periodEnd");
    if (periodEnd.isBefore(periodStart)) {
      throw new IllegalArgumentException("A subscription period cannot end before it starts");
    }
  }

  /** True when this subscription covers its customer at that instant. */
  public boolean covers(Instant instant) {
    LocalDate day = instant.atZone(PARIS).toLocalDate();
    boolean inPeriod = !day.isBefore(periodStart) && !day.isAfter(periodEnd);
    boolean notYetCancelled = cancelledAt == null || instant.isBefore(cancelledAt);
    return inPeriod && notYetCancelled;
  }

  /**
   * The instant this subscription stops covering its customer: midnight in Paris after its last
   * day, or its cancellation if that comes first.
   */
  public Instant coveredUntil() {
    Instant periodOver = periodEnd.plusDays(1).atStartOfDay(PARIS).toInstant();
    return cancelledAt != null && cancelledAt.isBefore(periodOver) ? cancelledAt : periodOver;
  }

  /** The last Paris day it covered its customer, as they would name the day it ended. */
  public LocalDate lastDay() {
    return coveredUntil().minusNanos(1).atZone(PARIS).toLocalDate();
  }

  /** Stops the coverage from that instant on; the period stays as history. */
  public void cancel(Instant at) {
    if (cancelledAt == null) {
      cancelledAt = Objects.requireNonNull(at);
    }
  }

  public Long getId() {
    return id;
  }

  public Customer getCustomer() {
    return customer;
  }

  public Pack getPack() {
    return pack;
  }

  public LocalDate getPeriodStart() {
    return periodStart;
  }

  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  public Instant getCancelledAt() {
    return cancelledAt;
  }

  public Instant getEndHandledAt() {
    return endHandledAt;
  }
}
