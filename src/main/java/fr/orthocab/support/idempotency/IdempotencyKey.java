package fr.orthocab.support.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One idempotency key of one caller on one endpoint, named by a hash of the three, with the hash of
 * the body it was first sent with and, once the call succeeded, the answer to replay.
 */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyKey implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @Column(name = "key_hash", length = 64)
  private String keyHash;

  @Column(name = "request_hash", nullable = false, length = 64)
  private String requestHash;

  @Column(name = "status")
  private Integer status;

  @Lob
  @Column(name = "body")
  private String body;

  @Column(name = "location", length = 500)
  private String location;

  @Column(name = "etag", length = 100)
  private String etag;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  protected IdempotencyKey() {}

  IdempotencyKey(KeyedRequest request, Instant now, Instant expiresAt) {
    this.keyHash = Objects.requireNonNull(request, "request").keyHash();
    this.requestHash = request.bodyHash();
    this.createdAt = Objects.requireNonNull(now, "now");
    this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
  }

  void answered(RecordedAnswer answer) {
    this.status = answer.status();
    this.body = answer.body();
    this.location = answer.location();
    this.etag = answer.etag();
  }

  boolean expiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }

  /** Whether the request is the one first sent with this key (same body). */
  public boolean sameBodyAs(KeyedRequest request) {
    return requestHash.equals(request.bodyHash());
  }

  public RecordedAnswer answer() {
    return new RecordedAnswer(status, body, location, etag);
  }

  public String getKeyHash() {
    return keyHash;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }
}
