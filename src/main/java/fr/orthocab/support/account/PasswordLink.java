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
 * A single-use link that lets the owner of an account choose its password: a member of the team
 * invited (valid 72 hours) or anyone who forgot theirs (valid one hour). Only the hash of its token
 * is kept, and the token is made when the mail leaves (see {@link PasswordLinks#issue}), so that
 * neither the database nor the outbox ever holds a usable link.
 */
@Entity
@Table(name = "password_link")
public class PasswordLink implements Serializable {
  private static final long serialVersionUID = 1L;

  /** What the link is for, and how long it lasts. */
  public enum Purpose {
    INVITATION(Duration.ofHours(72)),
    RESET(Duration.ofHours(1));

    private final Duration validity;

    Purpose(Duration validity) {
      this.validity = validity;
    }

    public Duration validity() {
      return validity;
    }
  }

  @Id
  @SequenceGenerator(
      name = "password_link_seq",
      sequenceName = "password_link_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "password_link_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "account_id", nullable = false)
  private Account account;

  @Enumerated(EnumType.STRING)
  @Column(name = "purpose", nullable = false, length = 20)
  private Purpose purpose;

  @Column(name = "token_hash", nullable = false, unique = true, length = 64)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected PasswordLink() {}

  PasswordLink(Account account, Purpose purpose, String tokenHash, Instant createdAt) {
    this.account = Objects.requireNonNull(account, "account");
    this.purpose = Objects.requireNonNull(purpose, "purpose");
    this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.expiresAt = createdAt.plus(purpose.validity());
  }

  /** Where the link stands at that instant. */
  public LinkState stateAt(Instant at) {
    if (usedAt != null) {
      return LinkState.USED;
    }
    if (revokedAt != null) {
      return LinkState.REVOKED;
    }
    return at.isBefore(expiresAt) ? LinkState.USABLE : LinkState.EXPIRED;
  }

  /** A new token for this link: the one mailed before, if any, no longer opens it. */
  void reissued(String newTokenHash) {
    tokenHash = Objects.requireNonNull(newTokenHash, "newTokenHash");
  }

  void use(Instant at) {
    if (stateAt(at) != LinkState.USABLE) {
      throw new IllegalStateException("Password link " + id + " is " + stateAt(at));
    }
    usedAt = at;
  }

  /** No longer usable: another link of the account was used, or the invitation was withdrawn. */
  void revoke(Instant at) {
    if (usedAt == null && revokedAt == null) {
      revokedAt = at;
    }
  }

  public Long getId() {
    return id;
  }

  public Account getAccount() {
    return account;
  }

  public Purpose getPurpose() {
    return purpose;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getUsedAt() {
    return usedAt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }
}
