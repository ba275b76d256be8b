package fr.orthocab.support.intake;

import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.ticket.Ticket;
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
import java.util.Objects;

/**
 * A customer's single-use link to confirm that a request sent from another address, giving their
 * identity, is theirs (ID-INFO). Only the token's hash is kept: the link exists in the mail alone.
 * It lasts as long as the identification hold of its request.
 */
@Entity
@Table(name = "identity_confirmation")
public class IdentityConfirmation implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(
      name = "identity_confirmation_seq",
      sequenceName = "identity_confirmation_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "identity_confirmation_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "ticket_id", nullable = false)
  private Ticket ticket;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "customer_id", nullable = false)
  private Customer customer;

  @Column(name = "given_by", nullable = false, length = 400)
  private String givenBy;

  @Column(name = "token_hash", nullable = false, unique = true, length = 64)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  protected IdentityConfirmation() {}

  public IdentityConfirmation(
      Ticket ticket,
      Customer customer,
      String givenBy,
      String tokenHash,
      Instant createdAt,
      Instant expiresAt) {
    this.ticket = Objects.requireNonNull(ticket, "ticket");
    this.customer = Objects.requireNonNull(customer, "customer");
    this.givenBy = Objects.requireNonNull(givenBy, "givenBy");
    this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
    if (!expiresAt.isAfter(createdAt)) {
      throw new IllegalArgumentException("A confirmation expires after it is made");
    }
  }

  public boolean usableAt(Instant at) {
    return confirmedAt == null && at.isBefore(expiresAt);
  }

  /** The customer confirmed: once, before it expires. */
  void confirm(Instant at) {
    if (!usableAt(at)) {
      throw new IllegalStateException("Confirmation " + id + " is used or expired");
    }
    confirmedAt = at;
  }

  public Long getId() {
    return id;
  }

  public Ticket getTicket() {
    return ticket;
  }

  public Customer getCustomer() {
    return customer;
  }

  public String getGivenBy() {
    return givenBy;
  }

  public String getTokenHash() {
    return tokenHash;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getConfirmedAt() {
    return confirmedAt;
  }
}
