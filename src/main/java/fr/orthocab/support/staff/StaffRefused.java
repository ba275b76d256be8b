package fr.orthocab.support.staff;

import jakarta.ejb.ApplicationException;

/**
 * A change to the team that cannot be made, and why (each reason has its sentence). Refused before
 * anything is written, so the caller's transaction goes on.
 */
@ApplicationException(rollback = false)
public class StaffRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why. */
  public enum Reason {
    EMAIL_TAKEN,
    NOT_STAFF,
    NOT_INVITED,
    LAST_SUPERVISOR,
    SELF,
    UNKNOWN
  }

  private final Reason reason;

  public StaffRefused(Reason reason) {
    super("Refused: " + reason);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
