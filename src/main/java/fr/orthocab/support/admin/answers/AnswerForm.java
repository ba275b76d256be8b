package fr.orthocab.support.admin.answers;

import fr.orthocab.support.answer.AnswerText;
import fr.orthocab.support.answer.CannedAnswer;
import fr.orthocab.support.policy.Clause;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** The fields of the answer's form, checked as they are typed, then made into its text. */
public class AnswerForm implements Serializable {
  private static final long serialVersionUID = 1L;

  @NotBlank
  @Size(max = CannedAnswer.MAX_TITLE)
  private String title;

  private TicketCategory category;
  private Clause clause;

  @NotBlank
  @Size(max = CannedAnswer.MAX_BODY)
  private String bodyFr;

  @NotBlank
  @Size(max = CannedAnswer.MAX_BODY)
  private String bodyEn;

  private TicketStatus statusAfter;

  @Size(max = CannedAnswer.MAX_NOTE)
  private String internalNote;

  static AnswerForm of(AnswerText text) {
    AnswerForm form = new AnswerForm();
    form.title = text.title();
    form.category = text.category();
    form.clause = text.clause();
    form.bodyFr = text.bodyFr();
    form.bodyEn = text.bodyEn();
    form.statusAfter = text.statusAfter();
    form.internalNote = text.internalNote();
    return form;
  }

  AnswerText text() {
    return new AnswerText(title, category, clause, bodyFr, bodyEn, statusAfter, internalNote);
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public TicketCategory getCategory() {
    return category;
  }

  public void setCategory(TicketCategory category) {
    this.category = category;
  }

  public Clause getClause() {
    return clause;
  }

  public void setClause(Clause clause) {
    this.clause = clause;
  }

  public String getBodyFr() {
    return bodyFr;
  }

  public void setBodyFr(String bodyFr) {
    this.bodyFr = bodyFr;
  }

  public String getBodyEn() {
    return bodyEn;
  }

  public void setBodyEn(String bodyEn) {
    this.bodyEn = bodyEn;
  }

  public TicketStatus getStatusAfter() {
    return statusAfter;
  }

  public void setStatusAfter(TicketStatus statusAfter) {
    this.statusAfter = statusAfter;
  }

  public String getInternalNote() {
    return internalNote;
  }

  public void setInternalNote(String internalNote) {
    this.internalNote = internalNote;
  }
}
