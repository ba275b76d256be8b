package fr.orthocab.support.satisfaction;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketCategory;
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
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A request's satisfaction rating: one per request, the customer's latest answer winning, with what
 * the reports group it by as it stood at the resolution (its week, agent, category and pack).
 */
@Entity
@Table(name = "satisfaction_rating")
public class SatisfactionRating implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final int MAX_COMMENT = 2000;

  @Id
  @SequenceGenerator(
      name = "satisfaction_rating_seq",
      sequenceName = "satisfaction_rating_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "satisfaction_rating_seq")
  private Long id;

  @OneToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "ticket_id", nullable = false, unique = true)
  private Ticket ticket;

  @Enumerated(EnumType.STRING)
  @Column(name = "rating", nullable = false)
  private Rating rating;

  @Column(name = "comment", length = MAX_COMMENT)
  private String comment;

  @Enumerated(EnumType.STRING)
  @Column(name = "rated_via", nullable = false)
  private RatedVia ratedVia;

  @Column(name = "rated_at", nullable = false)
  private Instant ratedAt;

  @Column(name = "resolved_at", nullable = false)
  private Instant resolvedAt;

  /** Who the request was assigned to when it was resolved; null when nobody was. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "agent_id")
  private Account agent;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false)
  private TicketCategory category;

  /** The customer's pack when rated; null when none covered them. */
  @Column(name = "pack_code")
  private String packCode;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected SatisfactionRating() {}

  SatisfactionRating(
      Ticket ticket, Rating rating, RatedVia via, String packCode, Instant resolvedAt, Instant at) {
    this.ticket = Objects.requireNonNull(ticket, "ticket");
    this.resolvedAt = Objects.requireNonNull(resolvedAt, "resolvedAt");
    this.agent = ticket.getAssignee();
    this.category = ticket.getCategory();
    this.packCode = packCode;
    rate(rating, via, at);
  }

  /** The customer answers again: the latest answer wins. */
  void rate(Rating newRating, RatedVia via, Instant at) {
    this.rating = Objects.requireNonNull(newRating, "rating");
    this.ratedVia = Objects.requireNonNull(via, "via");
    this.ratedAt = Objects.requireNonNull(at, "at");
  }

  /** The customer's words; blank clears them. */
  void comment(String text) {
    String stripped = text == null ? null : text.strip();
    if (stripped != null && stripped.length() > MAX_COMMENT) {
      throw new IllegalArgumentException("A comment is at most " + MAX_COMMENT + " characters");
    }
    this.comment = stripped == null || stripped.isEmpty() ? null : stripped;
  }

  public Long getId() {
    return id;
  }

  public Ticket getTicket() {
    return ticket;
  }

  public Rating getRating() {
    return rating;
  }

  public String getComment() {
    return comment;
  }

  public RatedVia getRatedVia() {
    return ratedVia;
  }

  public Instant getRatedAt() {
    return ratedAt;
  }

  public Instant getResolvedAt() {
    return resolvedAt;
  }

  public Account getAgent() {
    return agent;
  }

  public TicketCategory getCategory() {
    return category;
  }

  public String getPackCode() {
    return packCode;
  }
}
