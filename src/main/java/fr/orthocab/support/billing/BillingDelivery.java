package fr.orthocab.support.billing;

import fr.orthocab.support.platform.Clip;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One call of the renewal webhook, kept whatever happened to it (the deliveries log): when, the
 * event id if the body named one, whether the signature held, the answer, and the raw body.
 */
@Entity
@Table(name = "billing_delivery")
public class BillingDelivery implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final int MAX_BODY = 70000;

  @Id
  @SequenceGenerator(
      name = "billing_delivery_seq",
      sequenceName = "billing_delivery_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "billing_delivery_seq")
  private Long id;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(name = "event_id")
  private String eventId;

  @Enumerated(EnumType.STRING)
  @Column(name = "signature", nullable = false)
  private WebhookSignature.Verdict signature;

  @Column(name = "http_status", nullable = false)
  private int httpStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false)
  private DeliveryOutcome outcome;

  @Column(name = "error", length = 2000)
  private String error;

  @Column(name = "body", length = MAX_BODY)
  private String body;

  @Column(name = "body_sha256")
  private String bodySha256;

  protected BillingDelivery() {}

  BillingDelivery(
      Instant receivedAt,
      String eventId,
      WebhookSignature.Verdict signature,
      int httpStatus,
      DeliveryOutcome outcome,
      String error,
      String body,
      String bodySha256) {
    this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
    this.eventId = eventId == null ? null : Clip.to(eventId, BillingEvent.MAX_ID);
    this.signature = Objects.requireNonNull(signature, "signature");
    this.httpStatus = httpStatus;
    this.outcome = Objects.requireNonNull(outcome, "outcome");
    this.error = error == null ? null : Clip.to(error, 2000);
    this.body = body == null ? null : Clip.to(body, MAX_BODY);
    this.bodySha256 = bodySha256;
  }

  public Long getId() {
    return id;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public String getEventId() {
    return eventId;
  }

  public WebhookSignature.Verdict getSignature() {
    return signature;
  }

  public boolean isSignatureValid() {
    return signature == WebhookSignature.Verdict.VALID;
  }

  public int getHttpStatus() {
    return httpStatus;
  }

  public DeliveryOutcome getOutcome() {
    return outcome;
  }

  public String getError() {
    return error;
  }

  public String getBody() {
    return body;
  }

  public String getBodySha256() {
    return bodySha256;
  }
}
