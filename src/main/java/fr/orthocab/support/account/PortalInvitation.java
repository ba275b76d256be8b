package fr.orthocab.support.account;

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
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A single-use link that lets a customer set their portal password, valid 72 hours. Only the
 * token's hash is kept, and the token is made when the invitation's mail leaves: the link exists in
 * the mail alone.
 */
@Entity
@Table(name = "portal_invitation")
public class PortalInvitation implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final Duration VALIDITY = Duration.ofHours(72);

  @Id
  @SequenceGenerator(
      name = "portal_invitation_seq",
      sequenceName = "portal_invitation_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_invitation_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "customer_id", nullable = false)
  private Customer customer;

  @Column(name = "token_hash", nullable = false, unique = true)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected PortalInvitation() {}

  PortalInvitation(Customer customer, String tokenHash, Instant createdAt) {
    this.customer = Objects.requireNonNull(customer, "customer");
    this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.expiresAt = createdAt.plus(VALIDITY);
  }

  public boolean usableAt(Instant at) {
    return usedAt == null && at.isBefore(expiresAt);
  }

  /** A new token for this invitation: the one mailed before, if any, no longer opens it. */
  void reissued(String newTokenHash) {
    tokenHash = Objects.requireNonNull(newTokenHash, "newTokenHash");
  }

  void use(Instant at) {
    if (!usableAt(at)) {
      throw new IllegalStateException("Invitation " + id + " is used or expired");
    }
    usedAt = at;
  }

  public Long getId() {
    return id;
  }

  public Customer getCustomer() {
    return customer;
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
}
