package fr.orthocab.support.satisfaction;

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
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The link of a satisfaction mail: its token is made when the mail leaves (only its SHA-256 is
 * kept), it answers once, for {@link #VALIDITY} after it was sent; sending the mail again makes a
 * new token and the one before stops working.
 */
@Entity
@Table(name = "satisfaction_link")
public class SatisfactionLink implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final Duration VALIDITY = Duration.ofDays(30);

  /** Where a link stands. */
  public enum State {
    USABLE,
    USED,
    EXPIRED
  }

  @Id
  @SequenceGenerator(
      name = "satisfaction_link_seq",
      sequenceName = "satisfaction_link_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "satisfaction_link_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "ticket_id", nullable = false)
  private Ticket ticket;

  @Column(name = "token_hash", length = 64, unique = true)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "issued_at")
  private Instant issuedAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected SatisfactionLink() {}

  SatisfactionLink(Ticket ticket, Instant at) {
    this.ticket = Objects.requireNonNull(ticket, "ticket");
    this.createdAt = Objects.requireNonNull(at, "at");
  }

  /** A new token for the mail leaving now; the one before stops working. */
  void issued(String newTokenHash, Instant at) {
    tokenHash = Objects.requireNonNull(newTokenHash, "newTokenHash");
    issuedAt = Objects.requireNonNull(at, "at");
  }

  public State stateAt(Instant at) {
    if (usedAt != null) {
      return State.USED;
    }
    if (issuedAt == null || !at.isBefore(issuedAt.plus(VALIDITY))) {
      return State.EXPIRED;
    }
    return State.USABLE;
  }

  void use(Instant at) {
    if (stateAt(at) != State.USABLE) {
      throw new IllegalStateException("Satisfaction link " + id + " is " + stateAt(at));
    }
    usedAt = at;
  }

  public Long getId() {
    return id;
  }

  public Ticket getTicket() {
    return ticket;
  }

  public Instant getIssuedAt() {
    return issuedAt;
  }

  public Instant getUsedAt() {
    return usedAt;
  }
}
