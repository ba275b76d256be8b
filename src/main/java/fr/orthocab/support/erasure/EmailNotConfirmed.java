package fr.orthocab.support.erasure;

import jakarta.ejb.ApplicationException;

/** The email typed to confirm an erasure is not the customer's: nothing was erased. */
@ApplicationException(rollback = true)
public class EmailNotConfirmed extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public EmailNotConfirmed() {
    super("The email typed is not the customer's");
  }
}
