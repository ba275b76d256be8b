package fr.orthocab.support.intake;

import fr.orthocab.support.policy.Clause;
import fr.orthocab.support.policy.Outcome;
import fr.orthocab.support.screening.FlagKind;
import java.util.Locale;

/**
 * DUP-COMMENT: a request that reads like one of the customer's requests still open (or closed in
 * the last days) is flagged as a probable duplicate, the original named, for an agent to merge or
 * clear. It stays in the queue: never merged by this rule.
 */
class DuplicatesRule implements IntakeRule {
  @Override
  public void apply(IntakeFacts facts, Verdict verdict) {
    facts
        .duplicateOf()
        .ifPresent(
            match -> {
              String detail =
                  String.format(
                      Locale.ROOT,
                      "Doublon probable de %s (similarité %.2f).",
                      match.reference(),
                      match.score());
              verdict.flag(name(), FlagKind.PROBABLE_DUPLICATE, detail);
              verdict.decide(name(), Clause.DUP_COMMENT, Outcome.FLAGGED, detail);
            });
  }
}
