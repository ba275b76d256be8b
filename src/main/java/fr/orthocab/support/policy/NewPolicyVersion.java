package fr.orthocab.support.policy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A version of the policy a supervisor is about to publish: its label, its day of effect (Paris,
 * never in the past), its text and the text of every clause. The publishing form edits one.
 */
public class NewPolicyVersion implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final int MAX_LABEL = 60;
  public static final int MAX_TEXT = 100_000;

  @NotBlank
  @Size(max = MAX_LABEL)
  private String label;

  @NotNull @NotInThePast private LocalDate effectiveFrom;

  @NotBlank
  @Size(max = MAX_TEXT)
  private String textFr;

  @Size(max = MAX_TEXT)
  private String textEn;

  @NotNull @Valid private List<NewClauseText> clauseTexts = new ArrayList<>();

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public void setEffectiveFrom(LocalDate effectiveFrom) {
    this.effectiveFrom = effectiveFrom;
  }

  public String getTextFr() {
    return textFr;
  }

  public void setTextFr(String textFr) {
    this.textFr = textFr;
  }

  public String getTextEn() {
    return textEn;
  }

  public void setTextEn(String textEn) {
    this.textEn = textEn;
  }

  public List<NewClauseText> getClauseTexts() {
    return clauseTexts;
  }

  public void setClauseTexts(List<NewClauseText> clauseTexts) {
    this.clauseTexts = clauseTexts;
  }
}
