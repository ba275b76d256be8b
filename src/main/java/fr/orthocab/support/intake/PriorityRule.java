package fr.orthocab.support.intake;

import fr.orthocab.support.policy.Clause;
import fr.orthocab.support.policy.Outcome;
import fr.orthocab.support.ticket.Priority;

/** SCOPE-PRIORITY: an active subscription to a priority pack (Télésoin) puts the request first. */
class PriorityRule implements IntakeRule {
  @Override
  public void apply(IntakeFacts facts, Verdict verdict) {
    if (facts.coverage().isPriority()) {
      verdict.prioritise(Priority.HIGH);
      verdict.decide(
          name(),
          Clause.SCOPE_PRIORITY,
          Outcome.PRIORITISED,
          "Priorité haute : " + facts.coverage().getActive().getPack().getNameFr() + " actif.");
    } else {
      verdict.prioritise(Priority.NORMAL);
      verdict.decide(
          name(),
          Clause.SCOPE_PRIORITY,
          Outcome.ACCEPTED,
          "Priorité normale : aucun pack prioritaire actif.");
    }
  }
}
