package fr.orthocab.support.answer;

import jakarta.ejb.ApplicationException;
import java.util.Set;

/** An answer naming in braces what the desk cannot fill: saved, it would reach a customer so. */
@ApplicationException(rollback = true)
public class AnswerRefused extends RuntimeException {
  private final Set<String> unknown;

  public AnswerRefused(Set<String> unknown) {
    super("Unknown placeholders: " + unknown);
    this.unknown = Set.copyOf(unknown);
  }

  public Set<String> getUnknown() {
    return unknown;
  }
}
