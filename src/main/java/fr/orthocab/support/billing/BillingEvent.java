package fr.orthocab.support.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A renewal event billing sent, applied once. Its id is the table's key: the insert that records it
 * commits with the renewal, so concurrent deliveries of one event make one renewal and the others
 * answer with the result stored here.
 */
@Entity
@Table(name = "billing_event")
public class BillingEvent implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final int MAX_ID = 200;

  @Id
  @Column(name = "event_id", length = MAX_ID)
  private String eventId;

  @Column(name = "body_sha256", nullable = false)
  private String bodySha256;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "applied_at", nullable = false)
  private Instant appliedAt;

  @Column(name = "customer_id", nullable = false)
  private long customerId;

  @Column(name = "subscription_id")
  private Long subscriptionId;

  /** The JSON answered when it was applied, answered again to every later delivery. */
  @Column(name = "result", nullable = false, length = 20000)
  private String result;

  protected BillingEvent() {}

  BillingEvent(
      String eventId,
      String bodySha256,
      Instant occurredAt,
      Instant appliedAt,
      long customerId,
      Long subscriptionId,
      String result) {
    this.eventId = Objects.requireNonNull(eventId, "eventId");
    this.bodySha256 = Objects.requireNonNull(bodySha256, "bodySha256");
    this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
    this.appliedAt = Objects.requireNonNull(appliedAt, "appliedAt");
    this.customerId = customerId;
    this.subscriptionId = subscriptionId;
    this.result = Objects.requireNonNull(result, "result");
  }

  public String getEventId() {
    return eventId;
  }

  public String getBodySha256() {
    return bodySha256;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public Instant getAppliedAt() {
    return appliedAt;
  }

  public long getCustomerId() {
    return customerId;
  }

  public Long getSubscriptionId() {
    return subscriptionId;
  }

  public String getResult() {
    return result;
  }
}
