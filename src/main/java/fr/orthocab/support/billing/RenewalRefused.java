package fr.orthocab.support.billing;

import jakarta.ejb.ApplicationException;

/**
 * A signed, well-formed renewal the desk cannot apply: unknown pack, period ending before it
 * starts.
 */
@ApplicationException(rollback = true)
public class RenewalRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String field;

  public RenewalRefused(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
