package fr.orthocab.support.portal.tickets;

import fr.orthocab.support.policy.Clause;
import fr.orthocab.support.policy.Outcome;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a decision on a request means for its customer, as the desk knew it when the decision was
 * taken: the clause and outcome, the pack that covered them then (null when none did), whether it
 * gave priority, the last day of the subscription whose end made them lapse (null when unknown),
 * the reply objective of their pack in opening minutes (null when unknown), whether this request
 * was merged into another, and how many days a request waits for a renewal.
 */
public record DecisionFacts(
    Clause clause,
    Outcome outcome,
    String packName,
    boolean priority,
    LocalDate lapsedOn,
    Integer objectiveMinutes,
    boolean mergedAway,
    int renewalDays) {

  public DecisionFacts {
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(outcome, "outcome");
  }

  /** A decision with no more facts than its clause and outcome. */
  public static DecisionFacts of(Clause clause, Outcome outcome) {
    return new DecisionFacts(clause, outcome, null, false, null, null, false, 30);
  }
}
