package fr.orthocab.support.intake;

import fr.orthocab.support.policy.Clause;
import fr.orthocab.support.policy.Outcome;

/** One rule's decision, before it is saved with the ticket and the policy version. */
public record RuleDecision(String rule, Clause clause, Outcome outcome, String detail) {}
