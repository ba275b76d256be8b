package fr.orthocab.support.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A bearer token of the ticket API. Only its SHA-256 hash is kept, with a short hint to tell tokens
 * apart; the token itself is shown once, when created. Revoked, never deleted.
 */
@Entity
@Table(name = "api_token")
public class ApiToken implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

  @Id
  @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
  private Long id;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "token_hash", nullable = false, unique = true)
  private String tokenHash;

  @Column(name = "token_hint", nullable = false)
  private String tokenHint;

  @Enumerated(EnumType.STRING)
  @Column(name = "scope", nullable = false)
  private ApiScope scope;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "created_by_id", nullable = false)
  private Account createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "revoked_by_id")
  private Account revokedBy;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected ApiToken() {}

  ApiToken(
      String name,
      String tokenHash,
      String tokenHint,
      ApiScope scope,
      Account createdBy,
      Instant createdAt) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A token needs a name");
    }
    this.name = name.strip();
    this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
    this.tokenHint = Objects.requireNonNull(tokenHint, "tokenHint");
    this.scope = Objects.requireNonNull(scope, "scope");
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  void revoke(Account supervisor, Instant at) {
    if (revokedAt != null) {
      throw new IllegalStateException("This token was already revoked");
    }
    revokedBy = Objects.requireNonNull(supervisor, "supervisor");
    revokedAt = Objects.requireNonNull(at, "at");
  }

  /** Records a use, at most once a minute, so that reading the API does not mean writing a row. */
  boolean usedAt(Instant at) {
    if (lastUsedAt != null && lastUsedAt.plus(USE_RECORDED_EVERY).isAfter(at)) {
      return false;
    }
    lastUsedAt = at;
    return true;
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getTokenHint() {
    return tokenHint;
  }

  public ApiScope getScope() {
    return scope;
  }

  public Account getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }

  public Account getRevokedBy() {
    return revokedBy;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }
}
