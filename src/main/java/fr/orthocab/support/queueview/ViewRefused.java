package fr.orthocab.support.queueview;

import jakarta.ejb.ApplicationException;

/**
 * A saved view that cannot be kept or changed as asked. Another agent's view is "not found", as one
 * that does not exist: nobody learns what others keep.
 */
@ApplicationException(rollback = true)
public class ViewRefused extends RuntimeException {
  /** Each a message key suffix on the queue's page. */
  public enum Reason {
    NAME_MISSING,
    NAME_TOO_LONG,
    NAME_TAKEN,
    NOT_FOUND
  }

  private final Reason reason;

  public ViewRefused(Reason reason) {
    super("Saved view refused: " + reason);
    this.reason = reason;
  }

  public Reason getReason() {
    return reason;
  }
}
