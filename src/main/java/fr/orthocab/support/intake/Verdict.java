package fr.orthocab.support.intake;

import fr.orthocab.support.policy.Clause;
import fr.orthocab.support.policy.Outcome;
import fr.orthocab.support.ticket.Priority;
import fr.orthocab.support.ticket.TicketStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * What the rules made of a request so far: its status (open, or the first hold a rule put on it),
 * its priority, and every decision taken, in order.
 */
public final class Verdict {
  private TicketStatus status = TicketStatus.OPEN;
  private Priority priority = Priority.NORMAL;
  private final List<RuleDecision> decisions = new ArrayList<>();

  void decide(String rule, Clause clause, Outcome outcome, String detail) {
    decisions.add(new RuleDecision(rule, clause, outcome, detail));
  }

  /** The first hold wins: a request waits for one reason, and the others are on record. */
  void hold(TicketStatus held) {
    if (status == TicketStatus.OPEN) {
      status = held;
    }
  }

  void prioritise(Priority priority) {
    this.priority = priority;
  }

  public TicketStatus status() {
    return status;
  }

  public Priority priority() {
    return priority;
  }

  public List<RuleDecision> decisions() {
    return List.copyOf(decisions);
  }
}
