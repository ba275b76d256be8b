package fr.orthocab.support.intake;

import fr.orthocab.support.refusal.Suspension;

/**
 * REFUSE-DISRESPECT, REFUSE-LANGUAGE, REFUSE-SPAM: a request received while a supervisor has
 * suspended the customer's support is kept and refused at once under the suspension's clause, with
 * the supervisor's explanation; no other rule looks at it.
 */
class SuspensionRule implements IntakeRule {
  @Override
  public void apply(IntakeFacts facts, Verdict verdict) {
    Suspension suspension = facts.suspension();
    if (suspension != null && suspension.covers(facts.request().receivedAt())) {
      verdict.refuse(name(), suspension.getClause(), suspension.getExplanation());
    }
  }
}
