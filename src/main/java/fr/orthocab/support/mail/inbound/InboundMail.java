package fr.orthocab.support.mail.inbound;

import fr.orthocab.support.mail.inbound.parsing.MailParser;
import fr.orthocab.support.mail.inbound.parsing.ParsedMail;
import fr.orthocab.support.mail.inbound.parsing.RawMail;
import fr.orthocab.support.platform.Clip;
import fr.orthocab.support.platform.ShownText;
import fr.orthocab.support.secrets.SecretMasking;
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

/**
 * A mail the desk received, claimed once by its unique Message-ID, with what became of it. The
 * original headers and text stay for agents.
 */
@Entity
@Table(name = "inbound_mail")
public class InboundMail implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int MAX_SUBJECT = 1000;
  static final int MAX_STORED = 20_000;
  static final int MAX_DETAIL = 2000;

  @Id
  @SequenceGenerator(
      name = "inbound_mail_seq",
      sequenceName = "inbound_mail_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inbound_mail_seq")
  private Long id;

  @Column(name = "message_id", nullable = false, unique = true, length = 500)
  private String messageId;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(name = "from_address", length = 320)
  private String fromAddress;

  @Column(name = "subject", length = MAX_SUBJECT)
  private String subject;

  @Column(name = "original_headers", length = MailParser.MAX_HEADERS)
  private String originalHeaders;

  @Column(name = "original_text", length = MailParser.MAX_TEXT)
  private String originalText;

  @Column(name = "stored_text", length = MAX_STORED)
  private String storedText;

  @Column(name = "ticket_id")
  private Long ticketId;

  @Column(name = "message_row_id")
  private Long messageRowId;

  @Column(name = "named_ticket_id")
  private Long namedTicketId;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false, length = 40)
  private InboundOutcome outcome;

  @Column(name = "detail", length = MAX_DETAIL)
  private String detail;

  @Column(name = "content_fingerprint", length = 64)
  private String contentFingerprint;

  @Column(name = "unreadable_parts", length = MAX_DETAIL)
  private String unreadableParts;

  protected InboundMail() {}

  /** A mail read whole or in part, claimed under that id (its own Message-ID, as a rule). */
  InboundMail(String messageId, ParsedMail mail, Instant receivedAt) {
    this(messageId, receivedAt, mail.from(), mail.subject(), mail.headers(), mail.text());
    this.contentFingerprint = mail.fingerprint();
    this.unreadableParts =
        mail.unreadable().isEmpty()
            ? null
            : Clip.marked(
                String.join(
                    " ; ",
                    mail.unreadable().stream().map(ParsedMail.UnreadablePart::describe).toList()),
                MAX_DETAIL);
  }

  /**
   * A mail set aside unread or unreadable, claimed under that id, its headers and text kept, their
   * secrets masked.
   */
  InboundMail(String messageId, RawMail mail, String text, Instant receivedAt) {
    this(
        messageId,
        receivedAt,
        mail.from(),
        SecretMasking.mask(mail.subject()).text(),
        Clip.to(
            MaskedMail.headers(mail.headers(), SecretMasking.mask(mail.subject())),
            MailParser.MAX_HEADERS),
        Clip.to(SecretMasking.mask(text).text(), MailParser.MAX_TEXT));
    this.contentFingerprint = mail.fingerprint();
  }

  /** A mail claimed under its Message-ID, not handled yet. */
  public InboundMail(
      String messageId,
      Instant receivedAt,
      String fromAddress,
      String subject,
      String originalHeaders,
      String originalText) {
    this.messageId = Objects.requireNonNull(messageId, "messageId");
    this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
    this.fromAddress = Clip.marked(fromAddress, 320);
    this.subject = Clip.marked(ShownText.line(subject), MAX_SUBJECT);
    this.originalHeaders = originalHeaders;
    this.originalText = originalText;
    this.outcome = InboundOutcome.CLAIMED;
  }

  /** What became of it: once, in the transaction that claimed it. */
  public void handled(InboundOutcome what, Long ticket, Long message, String stored, String why) {
    if (outcome != InboundOutcome.CLAIMED) {
      throw new IllegalStateException("Mail " + messageId + " was already handled: " + outcome);
    }
    this.outcome = Objects.requireNonNull(what, "outcome");
    this.ticketId = ticket;
    this.messageRowId = message;
    this.storedText = Clip.marked(stored, MAX_STORED);
    this.detail = Clip.marked(why, MAX_DETAIL);
  }

  /**
   * The ticket the mail named but could not join (another sender's, or its sender's without proof),
   * kept for agents: before it is handled, in the transaction that claimed it.
   */
  void named(long ticket) {
    if (outcome != InboundOutcome.CLAIMED) {
      throw new IllegalStateException("Mail " + messageId + " was already handled: " + outcome);
    }
    this.namedTicketId = ticket;
  }

  /**
   * Whether a mail of that fingerprint is this one delivered again; a mail kept before fingerprints
   * were, or one whose content is unknown, is taken for the same as before.
   */
  boolean hasContent(String fingerprint) {
    return contentFingerprint == null
        || fingerprint == null
        || contentFingerprint.equals(fingerprint);
  }

  public Long getId() {
    return id;
  }

  public String getMessageId() {
    return messageId;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public String getFromAddress() {
    return fromAddress;
  }

  public String getSubject() {
    return subject;
  }

  public String getOriginalHeaders() {
    return originalHeaders;
  }

  public String getOriginalText() {
    return originalText;
  }

  public String getStoredText() {
    return storedText;
  }

  public Long getTicketId() {
    return ticketId;
  }

  public Long getMessageRowId() {
    return messageRowId;
  }

  public Long getNamedTicketId() {
    return namedTicketId;
  }

  public InboundOutcome getOutcome() {
    return outcome;
  }

  public String getDetail() {
    return detail;
  }

  /** The parts that could not be read, each with its name, type and why; null when none. */
  public String getUnreadableParts() {
    return unreadableParts;
  }
}
