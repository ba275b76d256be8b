package fr.orthocab.support.ticket;

import java.time.Duration;

/**
 * The queue's filter on a ticket's running reply clock, as the dashboard counts them ({@code
 * sla.SlaClocks#breachedNow}, {@code #warnedNow}): past its contractual deadline, or warned (an
 * objective near or missed, a deadline near) and not yet past it; or due soon: its next due instant
 * (the objective until it passes, then the deadline) comes within {@link #SOON} of now, which the
 * query binds ({@link #timed()}). The clock is read by name, as the queue's sort does: the SLA
 * capability builds on tickets, not the reverse.
 */
public enum SlaAlert {
  BREACHED("c.deadlineBreachedAt is not null"),
  WARNED(
      "c.deadlineBreachedAt is null and (c.objectiveWarnedAt is not null"
          + " or c.deadlineWarnedAt is not null or c.objectiveMissedAt is not null)"),
  /**
   * The objective precedes the deadline, so "one of them falls in (now, soon]" is "the next one
   * does"; a deadline past but not yet recorded by the sweep is not "soon" either.
   */
  DUE_SOON(
      "c.deadlineBreachedAt is null and ((c.objectiveDueAt > :slaNow and c.objectiveDueAt <= :slaSoon)"
          + " or (c.deadlineDueAt > :slaNow and c.deadlineDueAt <= :slaSoon))");

  /** How near a due instant is "soon". */
  public static final Duration SOON = Duration.ofHours(2);

  private final String clockCondition;

  SlaAlert(String clockCondition) {
    this.clockCondition = clockCondition;
  }

  /** Whether the condition reads {@code :slaNow} and {@code :slaSoon}. */
  boolean timed() {
    return this == DUE_SOON;
  }

  /** A JPQL condition on the ticket {@code t}. */
  String condition() {
    return "exists (select c.ticketId from SlaClock c where c.ticketId = t.id"
        + " and c.lastOutcome is null and "
        + clockCondition
        + ")";
  }
}
