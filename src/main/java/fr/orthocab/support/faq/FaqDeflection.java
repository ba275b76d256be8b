package fr.orthocab.support.faq;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A customer said an article answered their question, and sent no request. */
@Entity
@Table(name = "faq_deflection")
public class FaqDeflection implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(
      name = "faq_deflection_seq",
      sequenceName = "faq_deflection_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "faq_deflection_seq")
  private Long id;

  @Column(name = "article_id", nullable = false)
  private Long articleId;

  @Column(name = "customer_id", nullable = false)
  private Long customerId;

  @Column(name = "deflected_at", nullable = false)
  private Instant deflectedAt;

  protected FaqDeflection() {}

  public FaqDeflection(long articleId, long customerId, Instant deflectedAt) {
    this.articleId = articleId;
    this.customerId = customerId;
    this.deflectedAt = Objects.requireNonNull(deflectedAt, "deflectedAt");
  }

  public Long getId() {
    return id;
  }

  public Long getArticleId() {
    return articleId;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public Instant getDeflectedAt() {
    return deflectedAt;
  }
}
