package fr.orthocab.support.ticket;

import java.util.Set;

/** Which tickets the queue shows: by status (empty: every status) and category (null: any). */
public record QueueFilter(Set<TicketStatus> statuses, TicketCategory category) {
  public QueueFilter {
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
  }

  public static QueueFilter awaitingAgents() {
    return new QueueFilter(Set.of(TicketStatus.OPEN), null);
  }
}
