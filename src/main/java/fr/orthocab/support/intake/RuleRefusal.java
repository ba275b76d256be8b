package fr.orthocab.support.intake;

import fr.orthocab.support.policy.Clause;

/** A rule's refusal of a request, applied once the ticket is saved. */
public record RuleRefusal(String rule, Clause clause, String explanation) {}
