package fr.orthocab.support.refusal;

import jakarta.ejb.ApplicationException;

/** The suspension a supervisor wants to end was ended already, or has run its term. */
@ApplicationException(rollback = true)
public class SuspensionAlreadyOver extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  SuspensionAlreadyOver(String message) {
    super(message);
  }
}
