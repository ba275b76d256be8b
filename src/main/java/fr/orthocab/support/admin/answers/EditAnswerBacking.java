package fr.orthocab.support.admin.answers;

import fr.orthocab.support.answer.AnswerChangedMeanwhile;
import fr.orthocab.support.answer.AnswerRefused;
import fr.orthocab.support.answer.AnswerText;
import fr.orthocab.support.answer.CannedAnswer;
import fr.orthocab.support.answer.CannedAnswers;
import fr.orthocab.support.answer.Placeholder;
import fr.orthocab.support.policy.Clause;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketStatus;
import fr.orthocab.support.web.CurrentAccount;
import fr.orthocab.support.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.omnifaces.cdi.Param;

/** A supervisor writes or edits a canned answer, withdraws or restores it. */
@Named
@ViewScoped
public class EditAnswerBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private CannedAnswers answers;
  @Inject private CurrentAccount me;
  @Inject @Param private String id;

  private CannedAnswer answer;
  private AnswerForm form = new AnswerForm();

  @PostConstruct
  void load() {
    answer = Pages.id(id).stream().boxed().findFirst().flatMap(answers::find).orElse(null);
    if (answer != null) {
      form = AnswerForm.of(answer.text());
    }
  }

  public String save() {
    return act(
        () -> {
          AnswerText text = form.text();
          return answer == null
              ? answers.write(text, me.getDisplayName())
              : answers.edit(answer.getId(), answer.getVersion(), text, me.getDisplayName());
        },
        "admin_answers.saved");
  }

  public String withdraw() {
    return act(
        () -> answers.withdraw(answer.getId(), answer.getVersion(), me.getDisplayName()),
        "admin_answers.withdrawn");
  }

  public String restore() {
    return act(
        () -> answers.restore(answer.getId(), answer.getVersion(), me.getDisplayName()),
        "admin_answers.restored");
  }

  private String act(Supplier<CannedAnswer> action, String doneKey) {
    try {
      CannedAnswer done = action.get();
      Pages.info(doneKey, done.getTitle());
      return "/admin/answers/list.xhtml?faces-redirect=true";
    } catch (AnswerRefused e) {
      Pages.error("admin_answers.unknownPlaceholders", String.join(", ", e.getUnknown()));
    } catch (AnswerChangedMeanwhile e) {
      Pages.error("admin_answers.changedMeanwhile");
    } catch (IllegalArgumentException e) {
      Pages.error("admin_answers.notSaved");
    }
    return null;
  }

  public CannedAnswer getAnswer() {
    return answer;
  }

  public AnswerForm getForm() {
    return form;
  }

  public TicketCategory[] getCategories() {
    return TicketCategory.values();
  }

  public List<Clause> getClauses() {
    return List.of(Clause.values());
  }

  public List<TicketStatus> getStatuses() {
    return AnswerText.STATUSES.stream().sorted().toList();
  }

  public Placeholder[] getPlaceholders() {
    return Placeholder.values();
  }
}
