package fr.orthocab.support.policy;

import fr.orthocab.support.customer.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** One published version of the support policy, in force from its effective date (Paris). */
@Entity
@Table(name = "policy_version")
public class PolicyVersion implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(
      name = "policy_version_seq",
      sequenceName = "policy_version_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "policy_version_seq")
  private Long id;

  @Column(name = "label", nullable = false, unique = true)
  private String label;

  @Column(name = "effective_from", nullable = false, unique = true)
  private LocalDate effectiveFrom;

  @Column(name = "text_fr", nullable = false, length = 100_000)
  private String textFr;

  @Column(name = "text_en", length = 100_000)
  private String textEn;

  @Column(name = "published_by")
  private String publishedBy;

  @Column(name = "published_at")
  private Instant publishedAt;

  protected PolicyVersion() {}

  /** A version a supervisor publishes: who and when are part of the record. */
  public PolicyVersion(
      String label,
      LocalDate effectiveFrom,
      String textFr,
      String textEn,
      String publishedBy,
      Instant publishedAt) {
    this(label, effectiveFrom, textFr, textEn);
    this.publishedBy = Objects.requireNonNull(publishedBy, "publishedBy");
    this.publishedAt = Objects.requireNonNull(publishedAt, "publishedAt");
  }

  public PolicyVersion(String label, LocalDate effectiveFrom, String textFr, String textEn) {
    this.label = Objects.requireNonNull(label, "label");
    this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    if (textFr == null || textFr.isBlank()) {
      throw new IllegalArgumentException("The French text of the policy is the reference");
    }
    this.textFr = textFr;
    this.textEn = textEn == null || textEn.isBlank() ? null : textEn;
  }

  /** The text in that language; the French reference when no translation was published. */
  public String text(Language language) {
    return language == Language.EN && textEn != null && !textEn.isBlank() ? textEn : textFr;
  }

  public boolean translated(Language language) {
    return language == Language.FR || (textEn != null && !textEn.isBlank());
  }

  public Long getId() {
    return id;
  }

  public String getLabel() {
    return label;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public String getTextFr() {
    return textFr;
  }

  public String getTextEn() {
    return textEn;
  }

  public String getPublishedBy() {
    return publishedBy;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }
}
