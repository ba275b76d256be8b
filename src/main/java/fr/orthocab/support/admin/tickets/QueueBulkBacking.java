package fr.orthocab.support.admin.tickets;

import fr.orthocab.support.answer.AnswerText;
import fr.orthocab.support.answer.CannedAnswer;
import fr.orthocab.support.answer.CannedAnswers;
import fr.orthocab.support.ticket.BulkChange;
import fr.orthocab.support.ticket.BulkResult;
import fr.orthocab.support.ticket.SeenTicket;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketStatus;
import fr.orthocab.support.ticket.TicketsInBulk;
import fr.orthocab.support.web.CurrentAccount;
import fr.orthocab.support.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The queue's bulk actions: the rows ticked on the page, as the agent sees them (each in the
 * version shown), one action applied to all, and then what was changed and what was skipped, and
 * why.
 */
@Named
@ViewScoped
public class QueueBulkBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private TicketsInBulk bulk;
  @Inject private QueueBacking queue;
  @Inject private CannedAnswers answers;
  @Inject private CurrentAccount me;

  private final QueueBulkForm form = new QueueBulkForm();
  private List<Ticket> selection = new ArrayList<>();
  private BulkResult result;

  public void choose(QueueBulkForm.Kind kind) {
    form.choose(kind);
    result = null;
  }

  /** Applies the action to the ticked requests still on show, each in the version shown. */
  public void apply() {
    Optional<BulkChange> change = form.change(answers::find);
    List<SeenTicket> seen = queue.getTickets().shownOf(selection);
    if (seen.size() > TicketsInBulk.MAX) {
      Pages.errorHere("admin_tickets_queue.bulk.tooMany", TicketsInBulk.MAX);
    } else if (seen.isEmpty() || change.isEmpty()) {
      Pages.errorHere("admin_tickets_queue.bulk.incomplete");
    } else {
      result = bulk.apply(seen, change.get(), me.required().getId());
      selection = new ArrayList<>();
      form.choose(null);
    }
  }

  /** Each request left as it was, by reference, with why. */
  public List<String> getSkipped() {
    return result == null
        ? List.of()
        : result.skipped().stream()
            .map(s -> Pages.text("admin_tickets_queue.bulk.skipped." + s.reason(), s.reference()))
            .toList();
  }

  public List<TicketStatus> getStatuses() {
    return AnswerText.STATUSES.stream().sorted().toList();
  }

  /** The canned answers that have an action to apply. */
  public List<CannedAnswer> getAnswers() {
    return answers.usable().stream().filter(QueueBulkForm::hasAction).toList();
  }

  /** The apply button's words, with the number of requests it changes. */
  public String getApplyLabel() {
    return Pages.text("admin_tickets_queue.bulk.apply", selection.size());
  }

  public QueueBulkForm getForm() {
    return form;
  }

  public BulkResult getResult() {
    return result;
  }

  public List<Ticket> getSelection() {
    return selection;
  }

  public void setSelection(List<Ticket> selection) {
    this.selection = selection == null ? new ArrayList<>() : new ArrayList<>(selection);
  }
}
