package fr.orthocab.support.intake;

import fr.orthocab.support.screening.FlagKind;

/** One rule's flag, before it is saved with the ticket, on the request's message. */
public record RuleFlag(String rule, FlagKind kind, String detail) {}
