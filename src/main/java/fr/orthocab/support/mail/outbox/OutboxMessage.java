package fr.orthocab.support.mail.outbox;

import fr.orthocab.support.customer.EmailKey;
import fr.orthocab.support.customer.Language;
import fr.orthocab.support.platform.Clip;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One notification to send, rendered in its recipient's language when it was written. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final int MAX_SUBJECT = 300;
  public static final int MAX_BODY = 20000;
  static final int MAX_REFERENCES = 4000;

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

  /**
   * The address as the desk looks it up (trimmed, lower-cased): one mailbox whatever case it was
   * written in, so that the hourly limit of automatic answers counts it once (see {@code
   * mail.AutoAnswerLimit}).
   */
  @Column(name = "recipient_key", nullable = false, length = 254)
  private String recipientKey;

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

  /** The mail's Message-ID, angle brackets included, given when the notification is written. */
  @Column(name = "message_id", length = 250)
  private String messageId;

  @Column(name = "in_reply_to", length = 250)
  private String inReplyTo;

  /** The References header: Message-IDs separated by spaces, oldest first. */
  @Column(name = "references_ids", length = 4000)
  private String referencesIds;

  /** An automatic mail (acknowledgement, held notice): sent with Auto-Submitted: auto-replied. */
  @Column(name = "auto_submitted", nullable = false)
  private boolean autoSubmitted;

  /**
   * What a personal link in the body refers to (see {@link PersonalLinks}); null for a mail without
   * one.
   */
  @Column(name = "personal_link", length = 100)
  private String personalLink;

  /** The ticket message whose files the mail carries (an agent's reply); null for none. */
  @Column(name = "files_of_message_id")
  private Long filesOfMessageId;

  /** The sender's claim while it sends (see {@code mail.OutboxClaims}); null otherwise. */
  @Column(name = "claim_token", length = 36)
  private String claimToken;

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
    this.recipientKey = EmailKey.of(recipientEmail);
    this.recipientAccountId = recipient.accountId();
    this.language = recipient.language();
    this.ticketId = ticketId;
    this.subject = Clip.marked(Objects.requireNonNull(subject, "subject"), MAX_SUBJECT);
    this.body = Clip.marked(Objects.requireNonNull(body, "body"), MAX_BODY);
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.status = OutboxStatus.PENDING;
    this.nextAttemptAt = createdAt;
  }

  /**
   * Where the personal link goes in a body: the outbox shows this, and the mail that leaves the
   * link made for it (see {@link PersonalLinks}).
   */
  public static final String LINK_MARK = "⟦lien personnel, créé à l'envoi⟧";

  /**
   * This notification's body holds {@link #LINK_MARK}, to be replaced by the link of that
   * reference.
   */
  public OutboxMessage withPersonalLink(String reference) {
    if (!body.contains(LINK_MARK)) {
      throw new IllegalArgumentException("The body has no place for the link");
    }
    this.personalLink = Objects.requireNonNull(reference, "reference");
    return this;
  }

  /** The body as mailed, with the link made for this sending in its place. */
  public String bodyWithLink(String link) {
    return body.replace(LINK_MARK, link);
  }

  public String getPersonalLink() {
    return personalLink;
  }

  /** The mail carries the files of that ticket message. */
  public OutboxMessage withFilesOf(long messageId) {
    this.filesOfMessageId = messageId;
    return this;
  }

  public Long getFilesOfMessageId() {
    return filesOfMessageId;
  }

  /** Marks this notification as a reply in a mail thread (In-Reply-To and References). */
  public OutboxMessage answering(String inReplyTo, List<String> references) {
    this.inReplyTo = inReplyTo;
    this.referencesIds = references == null || references.isEmpty() ? null : threadOf(references);
    return this;
  }

  /** Marks this notification as written by the desk on its own, not by a person. */
  public OutboxMessage automatic() {
    this.autoSubmitted = true;
    return this;
  }

  /** The mail server took it. */
  public void sent(Instant at) {
    attempts++;
    status = OutboxStatus.SENT;
    sentAt = at;
    claimToken = null;
  }

  /**
   * The mail server refused it or could not be reached: tried again at {@code next}, or kept as
   * FAILED for a person to look at when {@code next} is null (given up).
   */
  public void attemptFailed(String error, Instant next) {
    attempts++;
    lastError = Clip.marked(error == null ? "?" : error, 2000);
    claimToken = null;
    if (next == null) {
      status = OutboxStatus.FAILED;
    } else {
      nextAttemptAt = next;
    }
  }

  /** A person sends a notification that failed again, now, with a new round of attempts. */
  public void retryNow(Instant now) {
    if (status != OutboxStatus.FAILED) {
      throw new IllegalStateException("Only a failed notification is retried, not " + status);
    }
    status = OutboxStatus.PENDING;
    attempts = 0;
    nextAttemptAt = now;
  }

  /** The same notification again, to send now (a copy of one sent: a new mail, a new id). */
  public OutboxMessage copyAt(Instant now) {
    OutboxMessage copy =
        new OutboxMessage(
            topic,
            new Recipient(recipientEmail, recipientAccountId, language),
            ticketId,
            subject,
            body,
            now);
    copy.inReplyTo = inReplyTo;
    copy.referencesIds = referencesIds;
    copy.autoSubmitted = autoSubmitted;
    copy.personalLink = personalLink;
    copy.filesOfMessageId = filesOfMessageId;
    return copy;
  }

  void identify(String messageId) {
    if (this.messageId == null) {
      this.messageId = messageId;
    }
  }

  private static String threadOf(List<String> references) {
    // keep the first (the thread's root) and the latest ids when the header would be too long
    List<String> kept = new ArrayList<>(references);
    while (String.join(" ", kept).length() > MAX_REFERENCES && kept.size() > 2) {
      kept.remove(1);
    }
    return String.join(" ", kept);
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

  public String getRecipientKey() {
    return recipientKey;
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

  public String getMessageId() {
    return messageId;
  }

  public String getInReplyTo() {
    return inReplyTo;
  }

  /** The References ids, oldest first (empty when the mail starts a thread). */
  public List<String> getReferences() {
    return referencesIds == null ? List.of() : List.of(referencesIds.split(" "));
  }

  public String getClaimToken() {
    return claimToken;
  }

  /** The References header as sent: ids separated by spaces (empty when none). */
  public String getReferencesHeader() {
    return referencesIds == null ? "" : referencesIds;
  }

  public boolean isAutoSubmitted() {
    return autoSubmitted;
  }
}
