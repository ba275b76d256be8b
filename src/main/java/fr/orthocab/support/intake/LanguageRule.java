package fr.orthocab.support.intake;

import fr.orthocab.support.policy.Clause;
import fr.orthocab.support.policy.Outcome;
import fr.orthocab.support.screening.FlagKind;
import fr.orthocab.support.screening.Screening;

/**
 * REFUSE-LANGUAGE: offensive words are flagged for an agent, the words named; the agent decides.
 * The request is never held or refused by this rule.
 */
class LanguageRule implements IntakeRule {
  @Override
  public void apply(IntakeFacts facts, Verdict verdict) {
    Screening read = facts.screening();
    if (!read.offensive().isEmpty()) {
      verdict.flag(name(), FlagKind.OFFENSIVE_LANGUAGE, read.offensiveDetail());
      verdict.decide(name(), Clause.REFUSE_LANGUAGE, Outcome.FLAGGED, read.offensiveDetail());
    }
  }
}
