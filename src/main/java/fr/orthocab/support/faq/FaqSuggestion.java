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

/** A new-request form where articles were suggested to the customer (once per form). */
@Entity
@Table(name = "faq_suggestion")
public class FaqSuggestion implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(
      name = "faq_suggestion_seq",
      sequenceName = "faq_suggestion_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "faq_suggestion_seq")
  private Long id;

  @Column(name = "customer_id", nullable = false)
  private Long customerId;

  @Column(name = "shown_at", nullable = false)
  private Instant shownAt;

  protected FaqSuggestion() {}

  public FaqSuggestion(long customerId, Instant shownAt) {
    this.customerId = customerId;
    this.shownAt = Objects.requireNonNull(shownAt, "shownAt");
  }

  public Long getId() {
    return id;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public Instant getShownAt() {
    return shownAt;
  }
}
