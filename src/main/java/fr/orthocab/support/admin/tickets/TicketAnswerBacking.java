package fr.orthocab.support.admin.tickets;

import fr.orthocab.support.answer.CannedAnswer;
import fr.orthocab.support.answer.CannedAnswers;
import fr.orthocab.support.answer.FilledAnswer;
import fr.orthocab.support.ticket.IllegalTransition;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketChangedMeanwhile;
import fr.orthocab.support.ticket.Tickets;
import fr.orthocab.support.web.CurrentAccount;
import fr.orthocab.support.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The reply's canned answers: one is picked, filled for the request and put in the reply box for
 * the agent to read and edit; its action (a status, an internal note) is applied once the reply is
 * sent, unless the agent unticks it.
 */
@Named("cannedAnswer")
@ViewScoped
public class TicketAnswerBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private ShowTicketBacking page;
  @Inject private CannedAnswers answers;
  @Inject private Tickets tickets;
  @Inject private CurrentAccount me;

  private Long answerId;
  private FilledAnswer pending;
  private boolean applyAction = true;
  private transient List<CannedAnswer> usable;

  /** The usable answers, those of the request's category first. */
  public List<CannedAnswer> getUsable() {
    if (usable == null) {
      List<CannedAnswer> sorted = new ArrayList<>(answers.usable());
      Ticket ticket = page.getTicket();
      if (ticket != null) {
        sorted.sort(
            (a, b) ->
                Boolean.compare(
                    a.getCategory() != ticket.getCategory(),
                    b.getCategory() != ticket.getCategory()));
      }
      usable = sorted;
    }
    return usable;
  }

  /** Puts the answer, filled for the request, after what the agent already wrote. */
  public void insert() {
    if (answerId == null) {
      Pages.error("admin_tickets_show.cannedAnswerChoose");
      return;
    }
    pending = answers.fill(answerId, page.getTicket());
    String written = page.getReply();
    page.setReply(
        written == null || written.isBlank()
            ? pending.text()
            : written.stripTrailing() + "\n\n" + pending.text());
    applyAction = true;
    answerId = null;
    Pages.info("admin_tickets_show.answerInserted", pending.title());
  }

  /** After the reply left: the inserted answer's action, if the agent kept it. */
  void replied(Ticket ticket) {
    FilledAnswer done = pending;
    pending = null;
    if (done == null || !done.hasAction() || !applyAction) {
      return;
    }
    try {
      Ticket now = ticket;
      if (done.statusAfter() != null && done.statusAfter() != now.getStatus()) {
        now = tickets.changeStatus(now.getId(), now.getVersion(), done.statusAfter());
      }
      if (done.internalNote() != null) {
        tickets.note(now.getId(), now.getVersion(), me.required().getId(), done.internalNote());
      }
    } catch (TicketChangedMeanwhile | IllegalTransition e) {
      Pages.error("admin_tickets_show.answerActionFailed");
    }
  }

  /** What the action does, in the agent's words, beside its box. */
  public String getActionText() {
    if (pending == null || !pending.hasAction()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    if (pending.statusAfter() != null) {
      parts.add(
          Pages.text(
              "admin_tickets_show.answerActionStatus",
              Pages.text("TicketStatus." + pending.statusAfter().name())));
    }
    if (pending.internalNote() != null) {
      parts.add(Pages.text("admin_tickets_show.answerActionNote", pending.internalNote()));
    }
    return Pages.text("admin_tickets_show.answerAction", pending.title(), String.join(", ", parts));
  }

  public FilledAnswer getPending() {
    return pending;
  }

  public Long getAnswerId() {
    return answerId;
  }

  public void setAnswerId(Long answerId) {
    this.answerId = answerId;
  }

  public boolean isApplyAction() {
    return applyAction;
  }

  public void setApplyAction(boolean applyAction) {
    this.applyAction = applyAction;
  }
}
