package fr.orthocab.support.admin.tickets;

import fr.orthocab.support.answer.CannedAnswer;
import fr.orthocab.support.answer.CannedAnswers;
import fr.orthocab.support.ticket.BulkChange;
import fr.orthocab.support.ticket.BulkResult;
import fr.orthocab.support.ticket.SeenTicket;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketsInBulk;
import fr.orthocab.support.web.CurrentAccount;
import fr.orthocab.support.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
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
  private final QueueSelection selection = new QueueSelection();
  private BulkResult result;

  public void choose(QueueBulkForm.Kind kind) {
    form.choose(kind);
    result = null;
  }

  /** Applies the action to the ticked requests still on show, each in the version shown. */
  public void apply() {
    Optional<BulkChange> change = form.change(answers::find);
    List<SeenTicket> seen = selection.shown(queue.getTickets(), queue.filter());
    if (seen.size() > TicketsInBulk.MAX) {
      Pages.errorHere("admin_tickets_queue.bulk.tooMany", TicketsInBulk.MAX);
    } else if (seen.isEmpty() || change.isEmpty()) {
      Pages.errorHere("admin_tickets_queue.bulk.incomplete");
    } else {
      result = bulk.apply(seen, change.get(), me.required().getId());
      selection.clear();
      form.choose(null);
    }
  }

  public List<String> getSkipped() {
    return result == null
        ? List.of()
        : result.skipped().stream()
            .map(s -> Pages.text("admin_tickets_queue.bulk.skipped." + s.reason(), s.reference()))
            .toList();
  }

  public List<CannedAnswer> getAnswers() {
    return answers.usable().stream().filter(QueueBulkForm::hasAction).toList();
  }

  /** How many ticked requests the table shows now (a filter may have changed its rows). */
  public int getCount() {
    return selection.shown(queue.getTickets(), queue.filter()).size();
  }

  /** Another page or order of the table: what was ticked is unticked. */
  public void clear() {
    selection.clear();
  }

  public String getApplyLabel() {
    return Pages.text("admin_tickets_queue.bulk.apply", getCount());
  }

  public QueueBulkForm getForm() {
    return form;
  }

  public BulkResult getResult() {
    return result;
  }

  public List<Ticket> getSelection() {
    return selection.ticked();
  }

  public void setSelection(List<Ticket> ticked) {
    selection.tick(ticked, queue.filter());
  }
}
