package fr.orthocab.support.policy;

import fr.orthocab.support.customer.Language;
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
import java.util.Objects;

/**
 * The short text of one clause as a policy version words it: what a customer is shown when a
 * decision cites the clause. French is the reference; English is an optional translation.
 */
@Entity
@Table(name = "policy_clause_text")
public class ClauseText implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final int MAX_TEXT = 2000;

  @Id
  @SequenceGenerator(
      name = "policy_clause_text_seq",
      sequenceName = "policy_clause_text_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "policy_clause_text_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "policy_version_id", nullable = false)
  private PolicyVersion policyVersion;

  @Enumerated(EnumType.STRING)
  @Column(name = "clause", nullable = false)
  private Clause clause;

  @Column(name = "text_fr", nullable = false, length = MAX_TEXT)
  private String textFr;

  @Column(name = "text_en", length = MAX_TEXT)
  private String textEn;

  protected ClauseText() {}

  public ClauseText(PolicyVersion policyVersion, Clause clause, String textFr, String textEn) {
    this.policyVersion = Objects.requireNonNull(policyVersion, "policyVersion");
    this.clause = Objects.requireNonNull(clause, "clause");
    if (textFr == null || textFr.isBlank()) {
      throw new IllegalArgumentException("The French text of " + clause.id() + " is the reference");
    }
    this.textFr = textFr.strip();
    this.textEn = textEn == null || textEn.isBlank() ? null : textEn.strip();
  }

  /** The text in that language; the French reference when there is no translation. */
  public String text(Language language) {
    return language == Language.EN && textEn != null ? textEn : textFr;
  }

  public Long getId() {
    return id;
  }

  public PolicyVersion getPolicyVersion() {
    return policyVersion;
  }

  public Clause getClause() {
    return clause;
  }

  public String getTextFr() {
    return textFr;
  }

  public String getTextEn() {
    return textEn;
  }
}
