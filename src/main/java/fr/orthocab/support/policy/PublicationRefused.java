package fr.orthocab.support.policy;

import jakarta.ejb.ApplicationException;

/** A version that cannot be published as it stands: nothing was written. */
@ApplicationException(rollback = true)
public class PublicationRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why, in the words the publishing page shows (one message key each). */
  public enum Reason {
    EFFECTIVE_DATE_PAST,
    EFFECTIVE_DATE_TAKEN,
    LABEL_TAKEN,
    CLAUSE_TEXT_MISSING
  }

  private final Reason reason;

  public PublicationRefused(Reason reason) {
    super("Policy version not published: " + reason);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
