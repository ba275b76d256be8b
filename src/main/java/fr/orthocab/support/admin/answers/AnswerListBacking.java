package fr.orthocab.support.admin.answers;

import fr.orthocab.support.answer.CannedAnswer;
import fr.orthocab.support.answer.CannedAnswers;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;

/** The team's canned answers: every one for supervisors, the usable ones for agents. */
@Named
@RequestScoped
public class AnswerListBacking {
  @Inject private CannedAnswers answers;
  @Inject private SecurityContext security;

  private List<CannedAnswer> shown;

  public List<CannedAnswer> getShown() {
    if (shown == null) {
      shown = security.isCallerInRole("SUPERVISOR") ? answers.all() : answers.usable();
    }
    return shown;
  }
}
