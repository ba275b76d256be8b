package fr.orthocab.support.ticket;

/**
 * The queue's filter on a ticket's running reply clock, as the dashboard counts them ({@code
 * sla.SlaClocks#breachedNow}, {@code #warnedNow}): past its contractual deadline, or warned (an
 * objective near or missed, a deadline near) and not yet past it. The clock is read by name, as the
 * queue's sort does: the SLA capability builds on tickets, not the reverse.
 */
public enum SlaAlert {
  BREACHED("c.deadlineBreachedAt is not null"),
  WARNED(
      "c.deadlineBreachedAt is null and (c.objectiveWarnedAt is not null"
          + " or c.deadlineWarnedAt is not null or c.objectiveMissedAt is not null)");

  private final String clockCondition;

  SlaAlert(String clockCondition) {
    this.clockCondition = clockCondition;
  }

  /** A JPQL condition on the ticket {@code t}. */
  String condition() {
    return "exists (select c.ticketId from SlaClock c where c.ticketId = t.id"
        + " and c.lastOutcome is null and "
        + clockCondition
        + ")";
  }
}
