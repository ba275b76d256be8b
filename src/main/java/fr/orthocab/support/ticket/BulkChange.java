package fr.orthocab.support.ticket;

import java.util.Objects;

/**
 * One change an agent applies to a selection of the queue: an assignment (to a member of the team,
 * or back to the queue), a status among those set by hand, an internal note, or a canned answer's
 * action (its status and its note, without the reply). What is already so on a ticket is left as it
 * is.
 */
public record BulkChange(Long assigneeId, boolean unassign, TicketStatus status, String note) {
  public BulkChange {
    note = note == null || note.isBlank() ? null : note.strip();
    if (assigneeId == null && !unassign && status == null && note == null) {
      throw new IllegalArgumentException("A bulk change must change something");
    }
    if (assigneeId != null && unassign) {
      throw new IllegalArgumentException("Assign or unassign, not both");
    }
  }

  public static BulkChange assign(long assigneeId) {
    return new BulkChange(assigneeId, false, null, null);
  }

  public static BulkChange unassignAll() {
    return new BulkChange(null, true, null, null);
  }

  public static BulkChange status(TicketStatus status) {
    return new BulkChange(null, false, Objects.requireNonNull(status, "status"), null);
  }

  public static BulkChange note(String note) {
    return new BulkChange(null, false, null, Objects.requireNonNull(note, "note"));
  }

  /** A canned answer's action: its status, its note, or both. */
  public static BulkChange answerAction(TicketStatus status, String note) {
    return new BulkChange(null, false, status, note);
  }

  /** Whether the assignment changes who holds a ticket held by that account (null: nobody). */
  boolean movesAssignee(Long currentAssigneeId) {
    if (assigneeId != null) {
      return !assigneeId.equals(currentAssigneeId);
    }
    return unassign && currentAssigneeId != null;
  }

  /** Whether the status changes a ticket in that status. */
  boolean movesStatus(TicketStatus current) {
    return status != null && status != current;
  }

  /** Whether anything is left to do on a ticket standing so. */
  boolean changes(TicketStatus current, Long currentAssigneeId) {
    return movesAssignee(currentAssigneeId) || movesStatus(current) || note != null;
  }
}
