package fr.orthocab.support.sla.calendar;

import java.time.Instant;

/** When to warn and when each level is due, for one message awaiting a reply. */
public record SlaDueInstants(
    Instant objectiveWarningAt,
    Instant objectiveDueAt,
    Instant deadlineWarningAt,
    Instant deadlineDueAt) {}
