package fr.orthocab.support.sla.report;

import java.time.Instant;
import java.util.Objects;

/**
 * An agent's public reply that answered a waiting customer (a SATISFIED event), as the reports
 * count it.
 *
 * @param pack code of the pack whose SLA policy measured it; null for the default policy
 * @param cycle 1 for the ticket's first wait for a reply
 * @param openingSeconds opening time from the start of the wait to the reply; null if unknown
 */
public record ReplyFact(
    String pack,
    long ticketId,
    int cycle,
    Instant occurredAt,
    boolean withinObjective,
    boolean withinDeadline,
    Long openingSeconds) {
  public ReplyFact {
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  public boolean isFirstReply() {
    return cycle == 1;
  }
}
