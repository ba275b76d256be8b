package fr.orthocab.support.ticket;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a bulk change did: the references it changed, and those it left as they were, each with its
 * reason, in the order of the selection.
 */
public final class BulkResult implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Why a ticket of the selection was not changed. */
  public enum Reason {
    /** Someone changed it after the agent saw it: the agent's change might no longer fit it. */
    CHANGED_MEANWHILE,
    /**
     * Its state does not allow the change: its status (a merged or closed request), or what the
     * change needs (waiting on the customer follows a reply).
     */
    NOT_ALLOWED,
    /** It already stood as the change would put it. */
    NOTHING_TO_CHANGE,
    /** The chosen member cannot take requests (any longer). */
    ASSIGNEE_REFUSED,
    /** It no longer exists. */
    NOT_FOUND,
    /** Something went wrong on it; the others went on. */
    FAILED;

    /** The reason of a failure of one ticket's change. */
    static Reason of(RuntimeException failure) {
      if (failure instanceof TicketChangedMeanwhile) {
        return CHANGED_MEANWHILE;
      }
      if (failure instanceof IllegalTransition) {
        return NOT_ALLOWED;
      }
      if (failure instanceof AssigneeRefused) {
        return ASSIGNEE_REFUSED;
      }
      if (failure instanceof TicketNotFound) {
        return NOT_FOUND;
      }
      return FAILED;
    }
  }

  /** A ticket left as it was. */
  public record Skipped(long ticketId, String reference, Reason reason) implements Serializable {}

  private final List<String> changed = new ArrayList<>();
  private final List<Skipped> skipped = new ArrayList<>();

  void changed(String reference) {
    changed.add(reference);
  }

  void skipped(long ticketId, String reference, Reason reason) {
    skipped.add(new Skipped(ticketId, reference, reason));
  }

  public List<String> changed() {
    return Collections.unmodifiableList(changed);
  }

  public List<Skipped> skipped() {
    return Collections.unmodifiableList(skipped);
  }
}
