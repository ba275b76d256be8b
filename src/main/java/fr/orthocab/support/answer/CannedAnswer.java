package fr.orthocab.support.answer;

import fr.orthocab.support.customer.Language;
import fr.orthocab.support.policy.Clause;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A canned answer, edited by supervisors (versioned), withdrawn rather than deleted. */
@Entity
@Table(name = "canned_answer")
public class CannedAnswer implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final int MAX_TITLE = 120;
  public static final int MAX_BODY = 5000;
  public static final int MAX_NOTE = 2000;

  @Id
  @SequenceGenerator(
      name = "canned_answer_seq",
      sequenceName = "canned_answer_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "canned_answer_seq")
  private Long id;

  @Version private long version;

  @Column(name = "title", nullable = false)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(name = "category")
  private TicketCategory category;

  @Enumerated(EnumType.STRING)
  @Column(name = "clause")
  private Clause clause;

  @Column(name = "body_fr", nullable = false)
  private String bodyFr;

  @Column(name = "body_en", nullable = false)
  private String bodyEn;

  @Enumerated(EnumType.STRING)
  @Column(name = "status_after")
  private TicketStatus statusAfter;

  @Column(name = "internal_note")
  private String internalNote;

  @Column(name = "withdrawn", nullable = false)
  private boolean withdrawn;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected CannedAnswer() {}

  public CannedAnswer(AnswerText text, String by, Instant at) {
    write(text, by, at);
  }

  void write(AnswerText text, String by, Instant at) {
    Objects.requireNonNull(text, "text");
    title = text.title().strip();
    category = text.category();
    clause = text.clause();
    bodyFr = text.bodyFr().strip();
    bodyEn = text.bodyEn().strip();
    statusAfter = text.statusAfter();
    internalNote = text.internalNote();
    updatedBy = Objects.requireNonNull(by, "by");
    updatedAt = Objects.requireNonNull(at, "at");
  }

  void withdraw(String by, Instant at) {
    withdrawn = true;
    updatedBy = Objects.requireNonNull(by, "by");
    updatedAt = Objects.requireNonNull(at, "at");
  }

  void restore(String by, Instant at) {
    withdrawn = false;
    updatedBy = Objects.requireNonNull(by, "by");
    updatedAt = Objects.requireNonNull(at, "at");
  }

  public AnswerText text() {
    return new AnswerText(title, category, clause, bodyFr, bodyEn, statusAfter, internalNote);
  }

  public String body(Language language) {
    return language == Language.EN ? bodyEn : bodyFr;
  }

  /** Whether the reply does more than answer. */
  public boolean hasAction() {
    return statusAfter != null || internalNote != null;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getTitle() {
    return title;
  }

  public TicketCategory getCategory() {
    return category;
  }

  public Clause getClause() {
    return clause;
  }

  public String getBodyFr() {
    return bodyFr;
  }

  public String getBodyEn() {
    return bodyEn;
  }

  public TicketStatus getStatusAfter() {
    return statusAfter;
  }

  public String getInternalNote() {
    return internalNote;
  }

  public boolean isWithdrawn() {
    return withdrawn;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
