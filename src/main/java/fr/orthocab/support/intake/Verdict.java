package fr.orthocab.support.intake;

import fr.orthocab.support.policy.Clause;
import fr.orthocab.support.policy.Outcome;
import fr.orthocab.support.screening.FlagKind;
import fr.orthocab.support.ticket.Priority;
import fr.orthocab.support.ticket.TicketStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the rules made of a request so far: its status (open, or the first hold a rule put on it),
 * its priority, every decision taken, in order, the flags raised for agents, and the refusal a rule
 * decided, if any.
 */
public final class Verdict {
  private TicketStatus status = TicketStatus.OPEN;
  private Priority priority = Priority.NORMAL;
  private final List<RuleDecision> decisions = new ArrayList<>();
  private final List<RuleFlag> flags = new ArrayList<>();
  private RuleRefusal refusal;

  void decide(String rule, Clause clause, Outcome outcome, String detail) {
    decisions.add(new RuleDecision(rule, clause, outcome, detail));
  }

  /** The first hold wins: a request waits for one reason, and the others are on record. */
  void hold(TicketStatus held) {
    if (status == TicketStatus.OPEN) {
      status = held;
    }
  }

  /**
   * A rule refuses the request outright: it is saved, then refused under the clause, the refusal
   * recording its own decision; the rules after it are not asked.
   */
  void refuse(String rule, Clause clause, String explanation) {
    if (refusal == null) {
      refusal = new RuleRefusal(rule, clause, explanation);
    }
  }

  /** A rule points an agent at something in the request; nothing else changes. */
  void flag(String rule, FlagKind kind, String detail) {
    flags.add(new RuleFlag(rule, kind, detail));
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

  public boolean isRefused() {
    return refusal != null;
  }

  /** The refusal a rule decided, if one did. */
  public Optional<RuleRefusal> refusal() {
    return Optional.ofNullable(refusal);
  }

  public List<RuleDecision> decisions() {
    return List.copyOf(decisions);
  }

  public List<RuleFlag> flags() {
    return List.copyOf(flags);
  }
}
