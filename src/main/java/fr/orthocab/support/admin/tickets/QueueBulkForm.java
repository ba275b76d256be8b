package fr.orthocab.support.admin.tickets;

import fr.orthocab.support.answer.AnswerText;
import fr.orthocab.support.answer.CannedAnswer;
import fr.orthocab.support.ticket.BulkChange;
import fr.orthocab.support.ticket.TicketStatus;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * The queue's bulk action as the page holds it: which one the agent chose, and its one field (the
 * assignee, {@link #NOBODY} to send the requests back to the queue; the status; the note; the
 * canned answer, whose action only is applied).
 */
public class QueueBulkForm implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The bulk actions, in the toolbar's order. */
  public enum Kind {
    ASSIGN,
    STATUS,
    NOTE,
    ANSWER
  }

  public static final long NOBODY = 0;

  private Kind kind;
  private Long agentId;
  private TicketStatus status;
  private String note;
  private Long answerId;

  /** The change to apply, or empty while its field is not filled in. */
  Optional<BulkChange> change(LongFunction<Optional<CannedAnswer>> answers) {
    if (kind == null) {
      return Optional.empty();
    }
    return switch (kind) {
      case ASSIGN ->
          Optional.ofNullable(agentId)
              .map(id -> id == NOBODY ? BulkChange.unassignAll() : BulkChange.assign(id));
      case STATUS -> Optional.ofNullable(status).map(BulkChange::status);
      case NOTE ->
          note == null || note.isBlank() ? Optional.empty() : Optional.of(BulkChange.note(note));
      case ANSWER ->
          answerId == null
              ? Optional.empty()
              : answers
                  .apply(answerId)
                  .filter(a -> !a.isWithdrawn() && hasAction(a))
                  .map(a -> BulkChange.answerAction(a.getStatusAfter(), a.getInternalNote()));
    };
  }

  static boolean hasAction(CannedAnswer answer) {
    return answer.getStatusAfter() != null || answer.getInternalNote() != null;
  }

  /** Chooses an action, its field empty. */
  void choose(Kind chosen) {
    kind = chosen;
    agentId = null;
    status = null;
    note = null;
    answerId = null;
  }

  /** The statuses agents set by hand, those a canned answer may set too. */
  public List<TicketStatus> getStatuses() {
    return AnswerText.STATUSES.stream().sorted().toList();
  }

  public Kind getKind() {
    return kind;
  }

  public Long getAgentId() {
    return agentId;
  }

  public void setAgentId(Long agentId) {
    this.agentId = agentId;
  }

  public TicketStatus getStatus() {
    return status;
  }

  public void setStatus(TicketStatus status) {
    this.status = status;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public Long getAnswerId() {
    return answerId;
  }

  public void setAnswerId(Long answerId) {
    this.answerId = answerId;
  }
}
