package fr.orthocab.support.answer;

import fr.orthocab.support.policy.Clause;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * What a supervisor writes of a canned answer: a title agents find it by, an optional category and
 * clause, the two bodies, and what the reply also does (a status to move to, an internal note).
 */
public record AnswerText(
    @NotBlank @Size(max = CannedAnswer.MAX_TITLE) String title,
    TicketCategory category,
    Clause clause,
    @NotBlank @Size(max = CannedAnswer.MAX_BODY) String bodyFr,
    @NotBlank @Size(max = CannedAnswer.MAX_BODY) String bodyEn,
    TicketStatus statusAfter,
    @Size(max = CannedAnswer.MAX_NOTE) String internalNote) {

  /** The statuses an agent moves a request to by hand, the only ones an answer may set. */
  public static final Set<TicketStatus> STATUSES =
      Set.of(
          TicketStatus.OPEN,
          TicketStatus.WAITING_ON_CUSTOMER,
          TicketStatus.RESOLVED,
          TicketStatus.CLOSED);

  public AnswerText {
    if (statusAfter != null && !STATUSES.contains(statusAfter)) {
      throw new IllegalArgumentException("An answer cannot move a request to " + statusAfter);
    }
    internalNote = internalNote == null || internalNote.isBlank() ? null : internalNote.strip();
  }
}
