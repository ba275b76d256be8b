package fr.orthocab.support.ticket;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.platform.ShownText;
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

/** One message of a ticket's thread, kept as plain text. */
@Entity
@Table(name = "message")
public class Message implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final int MAX_BODY = 20_000;

  @Id
  @SequenceGenerator(name = "message_seq", sequenceName = "message_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "message_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "ticket_id", nullable = false)
  private Ticket ticket;

  @Enumerated(EnumType.STRING)
  @Column(name = "author_kind", nullable = false)
  private AuthorKind authorKind;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "author_account_id")
  private Account authorAccount;

  /** The name shown in the thread, kept as written at the time. */
  @Column(name = "author_name", nullable = false)
  private String authorName;

  @Enumerated(EnumType.STRING)
  @Column(name = "visibility", nullable = false)
  private Visibility visibility;

  @Column(name = "body", nullable = false, length = MAX_BODY)
  private String body;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Message() {}

  Message(
      Ticket ticket,
      AuthorKind authorKind,
      Account authorAccount,
      String authorName,
      Visibility visibility,
      String body,
      Instant createdAt) {
    this.ticket = Objects.requireNonNull(ticket, "ticket");
    this.authorKind = Objects.requireNonNull(authorKind, "authorKind");
    this.authorAccount = authorAccount;
    this.authorName = Objects.requireNonNull(authorName, "authorName");
    this.visibility = Objects.requireNonNull(visibility, "visibility");
    if (authorKind == AuthorKind.CUSTOMER && visibility == Visibility.INTERNAL) {
      throw new IllegalArgumentException("A customer cannot write an internal note");
    }
    String shown = ShownText.paragraphs(body);
    if (shown == null || shown.isBlank()) {
      throw new IllegalArgumentException("A message needs a body");
    }
    if (shown.length() > MAX_BODY) {
      throw new IllegalArgumentException("A message body is at most " + MAX_BODY + " characters");
    }
    this.body = shown.strip();
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  public boolean isInternal() {
    return visibility == Visibility.INTERNAL;
  }

  public Long getId() {
    return id;
  }

  public Ticket getTicket() {
    return ticket;
  }

  public AuthorKind getAuthorKind() {
    return authorKind;
  }

  public Account getAuthorAccount() {
    return authorAccount;
  }

  public String getAuthorName() {
    return authorName;
  }

  public Visibility getVisibility() {
    return visibility;
  }

  public String getBody() {
    return body;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
