package fr.orthocab.support.outbox;

import fr.orthocab.support.customer.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One notification to send, rendered in its recipient's language when it was written. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final int MAX_SUBJECT = 300;
  public static final int MAX_BODY = 20000;

  @Id
  @SequenceGenerator(
      name = "outbox_message_seq",
      sequenceName = "outbox_message_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_message_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "topic", nullable = false)
  private OutboxTopic topic;

  @Column(name = "recipient_email", nullable = false)
  private String recipientEmail;

  @Column(name = "recipient_account_id")
  private Long recipientAccountId;

  @Column(name = "ticket_id")
  private Long ticketId;

  @Enumerated(EnumType.STRING)
  @Column(name = "language", nullable = false)
  private Language language;

  @Column(name = "subject", nullable = false, length = MAX_SUBJECT)
  private String subject;

  @Column(name = "body", nullable = false, length = MAX_BODY)
  private String body;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private OutboxStatus status;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "last_error", length = 2000)
  private String lastError;

  protected OutboxMessage() {}

  public OutboxMessage(
      OutboxTopic topic,
      Recipient recipient,
      Long ticketId,
      String subject,
      String body,
      Instant createdAt) {
    this.topic = Objects.requireNonNull(topic, "topic");
    this.recipientEmail = Objects.requireNonNull(recipient, "recipient").email();
    this.recipientAccountId = recipient.accountId();
    this.language = recipient.language();
    this.ticketId = ticketId;
    this.subject = clip(Objects.requireNonNull(subject, "subject"), MAX_SUBJECT);
    this.body = clip(Objects.requireNonNull(body, "body"), MAX_BODY);
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.status = OutboxStatus.PENDING;
    this.nextAttemptAt = createdAt;
  }

  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  public Long getId() {
    return id;
  }

  public OutboxTopic getTopic() {
    return topic;
  }

  public String getRecipientEmail() {
    return recipientEmail;
  }

  public Long getRecipientAccountId() {
    return recipientAccountId;
  }

  public Long getTicketId() {
    return ticketId;
  }

  public Language getLanguage() {
    return language;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public OutboxStatus getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public String getLastError() {
    return lastError;
  }
}
