package fr.orthocab.support.presence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** An agent's page of a request, as it said last: open, and writing or not. */
@Entity
@Table(name = "ticket_presence")
@IdClass(TicketPresence.Key.class)
public class TicketPresence implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @Column(name = "ticket_id")
  private Long ticketId;

  @Id
  @Column(name = "account_id")
  private Long accountId;

  @Column(name = "typing", nullable = false)
  private boolean typing;

  @Column(name = "seen_at", nullable = false)
  private Instant seenAt;

  protected TicketPresence() {}

  TicketPresence(long ticketId, long accountId, boolean typing, Instant seenAt) {
    this.ticketId = ticketId;
    this.accountId = accountId;
    this.typing = typing;
    this.seenAt = Objects.requireNonNull(seenAt, "seenAt");
  }

  public Long getTicketId() {
    return ticketId;
  }

  public Long getAccountId() {
    return accountId;
  }

  public boolean isTyping() {
    return typing;
  }

  public Instant getSeenAt() {
    return seenAt;
  }

  /** The composite key: one row per request and agent. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long ticketId;
    private Long accountId;

    public Key() {}

    public Key(Long ticketId, Long accountId) {
      this.ticketId = ticketId;
      this.accountId = accountId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(ticketId, key.ticketId)
          && Objects.equals(accountId, key.accountId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(ticketId, accountId);
    }
  }
}
