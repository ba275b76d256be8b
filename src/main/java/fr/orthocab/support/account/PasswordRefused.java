package fr.orthocab.support.account;

import jakarta.ejb.ApplicationException;

/** A chosen password the policy refuses, and why. */
@ApplicationException(rollback = true)
public class PasswordRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final PasswordProblem problem;

  public PasswordRefused(PasswordProblem problem) {
    super("Password refused: " + problem);
    this.problem = problem;
  }

  public PasswordProblem problem() {
    return problem;
  }
}
