package fr.orthocab.support.faq;

import fr.orthocab.support.customer.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * An FAQ article: a title and a body (sanitised HTML) in French, optionally in English, a category,
 * drafted or published, and who wrote and last changed it. Bodies are sanitised whenever they are
 * set, so nothing unsafe is ever stored.
 */
@Entity
@Table(name = "faq_article")
public class FaqArticle implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(
      name = "faq_article_seq",
      sequenceName = "faq_article_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "faq_article_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false, length = 30)
  private FaqCategory category;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private FaqStatus status = FaqStatus.DRAFT;

  @Column(name = "title_fr", nullable = false, length = 200)
  private String titleFr;

  @Lob
  @Column(name = "body_fr", nullable = false)
  private String bodyFr;

  @Column(name = "title_en", length = 200)
  private String titleEn;

  @Lob
  @Column(name = "body_en")
  private String bodyEn;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected FaqArticle() {}

  public FaqArticle(FaqText text, String by, Instant at) {
    this.createdBy = Objects.requireNonNull(by, "by");
    this.createdAt = Objects.requireNonNull(at, "at");
    edit(text, by, at);
  }

  /** New texts and category; an English title without a body (or the reverse) is dropped. */
  public void edit(FaqText text, String by, Instant at) {
    this.category = Objects.requireNonNull(text.category(), "category");
    this.titleFr = required(text.titleFr(), "titleFr").strip();
    this.bodyFr = readable(text.bodyFr(), "bodyFr");
    boolean english = !blank(text.titleEn()) && !blank(RichText.plain(text.bodyEn()));
    this.titleEn = english ? text.titleEn().strip() : null;
    this.bodyEn = english ? RichText.clean(text.bodyEn()) : null;
    touched(by, at);
  }

  public void publish(String by, Instant at) {
    status = FaqStatus.PUBLISHED;
    touched(by, at);
  }

  public void unpublish(String by, Instant at) {
    status = FaqStatus.DRAFT;
    touched(by, at);
  }

  private void touched(String by, Instant at) {
    this.updatedBy = Objects.requireNonNull(by, "by");
    this.updatedAt = Objects.requireNonNull(at, "at");
  }

  private static String required(String value, String name) {
    if (blank(value)) {
      throw new IllegalArgumentException(name + " is required");
    }
    return value;
  }

  /** An editor left "empty" still sends markup such as an empty paragraph: words are required. */
  private static String readable(String html, String name) {
    String clean = RichText.clean(html);
    if (blank(RichText.plain(clean))) {
      throw new IllegalArgumentException(name + " has no text");
    }
    return clean;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  public boolean isPublished() {
    return status == FaqStatus.PUBLISHED;
  }

  public boolean hasEnglish() {
    return titleEn != null;
  }

  /** The title in that language, French when the article has no English. */
  public String title(Language language) {
    return language == Language.EN && hasEnglish() ? titleEn : titleFr;
  }

  /** The body in that language (sanitised again, for what an older sanitiser let through). */
  public String body(Language language) {
    return RichText.clean(language == Language.EN && hasEnglish() ? bodyEn : bodyFr);
  }

  public FaqText text() {
    return new FaqText(category, titleFr, bodyFr, titleEn, bodyEn);
  }

  public Long getId() {
    return id;
  }

  public FaqCategory getCategory() {
    return category;
  }

  public FaqStatus getStatus() {
    return status;
  }

  public String getTitleFr() {
    return titleFr;
  }

  public String getBodyFr() {
    return bodyFr;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public String getBodyEn() {
    return bodyEn;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
