package fr.orthocab.support.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * How many calls of the renewal webhook came with one signature verdict other than valid: counted,
 * never kept with their bodies (see {@link Deliveries#record}), with the last one's instant and
 * answer.
 */
@Entity
@Table(name = "billing_unverified_call")
public class UnverifiedCalls implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @Enumerated(EnumType.STRING)
  @Column(name = "signature", length = 20)
  private WebhookSignature.Verdict signature;

  @Column(name = "calls", nullable = false)
  private long calls;

  @Column(name = "last_received_at")
  private Instant lastReceivedAt;

  @Column(name = "last_http_status")
  private Integer lastHttpStatus;

  protected UnverifiedCalls() {}

  /** The first call of a verdict the changeset did not know. */
  public UnverifiedCalls(WebhookSignature.Verdict signature, Instant receivedAt, int httpStatus) {
    if (signature == WebhookSignature.Verdict.VALID) {
      throw new IllegalArgumentException("Valid calls are logged, not counted");
    }
    this.signature = Objects.requireNonNull(signature, "signature");
    this.calls = 1;
    this.lastReceivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
    this.lastHttpStatus = httpStatus;
  }

  public WebhookSignature.Verdict getSignature() {
    return signature;
  }

  public long getCalls() {
    return calls;
  }

  public Instant getLastReceivedAt() {
    return lastReceivedAt;
  }

  public Integer getLastHttpStatus() {
    return lastHttpStatus;
  }
}
