package fr.orthocab.support.policy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A clause's text as a supervisor words it in a version about to be published. */
public class NewClauseText implements Serializable {
  private static final long serialVersionUID = 1L;

  @NotNull private Clause clause;

  @NotBlank
  @Size(max = ClauseText.MAX_TEXT)
  private String textFr;

  @Size(max = ClauseText.MAX_TEXT)
  private String textEn;

  public NewClauseText() {}

  public NewClauseText(Clause clause, String textFr, String textEn) {
    this.clause = clause;
    this.textFr = textFr;
    this.textEn = textEn;
  }

  public Clause getClause() {
    return clause;
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
}
