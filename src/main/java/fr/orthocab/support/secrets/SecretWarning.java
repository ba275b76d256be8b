package fr.orthocab.support.secrets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A customer was told, once, that the desk masked a secret of theirs and never to send one. */
@Entity
@Table(name = "secret_warning")
public class SecretWarning {
  @Id
  @Column(name = "customer_id")
  private Long customerId;

  @Column(name = "warned_at", nullable = false)
  private Instant warnedAt;

  protected SecretWarning() {}

  SecretWarning(long customerId, Instant warnedAt) {
    this.customerId = customerId;
    this.warnedAt = Objects.requireNonNull(warnedAt, "warnedAt");
  }

  public Long getCustomerId() {
    return customerId;
  }

  public Instant getWarnedAt() {
    return warnedAt;
  }
}
