package fr.orthocab.support.notification;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.ticket.Ticket;
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
import java.time.Instant;
import java.util.Objects;

/** One thing a member of the team is told about a request, until they mark it read. */
@Entity
@Table(name = "agent_notification")
public class AgentNotification implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(
      name = "agent_notification_seq",
      sequenceName = "agent_notification_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agent_notification_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "recipient_id", nullable = false, updatable = false)
  private Account recipient;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false)
  private NotificationKind kind;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "ticket_id", nullable = false, updatable = false)
  private Ticket ticket;

  /** Who did what it tells of, as they were named then; null for the desk itself. */
  @Column(name = "actor", updatable = false)
  private String actor;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  protected AgentNotification() {}

  public AgentNotification(
      Account recipient, NotificationKind kind, Ticket ticket, String actor, Instant createdAt) {
    this.recipient = Objects.requireNonNull(recipient, "recipient");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.ticket = Objects.requireNonNull(ticket, "ticket");
    this.actor = actor;
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  /** Read once: reading it again keeps the first instant. */
  void markRead(Instant at) {
    if (readAt == null) {
      readAt = Objects.requireNonNull(at, "at");
    }
  }

  public Long getId() {
    return id;
  }

  public Account getRecipient() {
    return recipient;
  }

  public NotificationKind getKind() {
    return kind;
  }

  public Ticket getTicket() {
    return ticket;
  }

  public String getActor() {
    return actor;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getReadAt() {
    return readAt;
  }

  public boolean isRead() {
    return readAt != null;
  }
}
