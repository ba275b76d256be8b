package fr.orthocab.support.intake;

import fr.orthocab.support.policy.Clause;
import fr.orthocab.support.policy.Outcome;
import fr.orthocab.support.screening.FlagKind;
import fr.orthocab.support.screening.Screening;

/**
 * EXT-PRODUCTS / EXT-EXCEPTION: a request about Zoom's or Webex's own behaviour is flagged for an
 * agent, who refuses it with the vendors' support links or clears the flag; it stays in the queue,
 * never refused by this rule. One naming Zoom or Webex about Orthocab's side is handled normally,
 * the exception on record.
 */
class ExternalProductsRule implements IntakeRule {
  @Override
  public void apply(IntakeFacts facts, Verdict verdict) {
    Screening read = facts.screening();
    if (read.externalProduct().isVendor()) {
      verdict.flag(name(), FlagKind.EXTERNAL_PRODUCT, read.externalProductDetail());
      verdict.decide(name(), Clause.EXT_PRODUCTS, Outcome.FLAGGED, read.externalProductDetail());
    } else if (read.externalProduct().isOrthocab()) {
      verdict.decide(name(), Clause.EXT_EXCEPTION, Outcome.ACCEPTED, read.exceptionDetail());
    }
  }
}
