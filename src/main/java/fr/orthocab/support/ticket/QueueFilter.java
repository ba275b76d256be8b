package fr.orthocab.support.ticket;

import java.util.Set;

/**
 * Which tickets the queue shows: by status (empty: every status), category (null: any) and SLA
 * alert on their running reply clock (null: any).
 */
public record QueueFilter(Set<TicketStatus> statuses, TicketCategory category, SlaAlert sla) {
  public QueueFilter {
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
  }

  public QueueFilter(Set<TicketStatus> statuses, TicketCategory category) {
    this(statuses, category, null);
  }

  public static QueueFilter awaitingAgents() {
    return new QueueFilter(Set.of(TicketStatus.OPEN), null);
  }
}
