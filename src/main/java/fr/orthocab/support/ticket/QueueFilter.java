package fr.orthocab.support.ticket;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * Which tickets the queue shows; every part left empty (null, or no status) lets all through, and
 * the parts given combine:
 *
 * <ul>
 *   <li>{@code statuses}, {@code category};
 *   <li>{@code words}: what an agent typed, read with the desk's French analysis; all its terms
 *       must be in the ticket's subject or messages;
 *   <li>{@code requesterEmail}: the customer's login or the unknown sender's address;
 *   <li>{@code assignee}: nobody, or one member of the team;
 *   <li>{@code packCode}: the pack that covers the customer now;
 *   <li>{@code flagKind}: a flag of that kind ({@code screening.FlagKind}, by name: screening
 *       builds on tickets) not yet cleared;
 *   <li>{@code receivedFrom} (inclusive), {@code receivedUntil} (exclusive);
 *   <li>{@code sla}: an alert on the ticket's running reply clock.
 * </ul>
 */
public record QueueFilter(
    Set<TicketStatus> statuses,
    TicketCategory category,
    String words,
    String requesterEmail,
    AssigneeFilter assignee,
    String packCode,
    Enum<?> flagKind,
    Instant receivedFrom,
    Instant receivedUntil,
    SlaAlert sla) {
  public QueueFilter {
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    words = words == null || words.isBlank() ? null : words.strip();
  }

  /** Without an SLA alert. */
  public QueueFilter(
      Set<TicketStatus> statuses,
      TicketCategory category,
      String words,
      String requesterEmail,
      AssigneeFilter assignee,
      String packCode,
      Enum<?> flagKind,
      Instant receivedFrom,
      Instant receivedUntil) {
    this(
        statuses,
        category,
        words,
        requesterEmail,
        assignee,
        packCode,
        flagKind,
        receivedFrom,
        receivedUntil,
        null);
  }

  public QueueFilter(Set<TicketStatus> statuses, TicketCategory category) {
    this(statuses, category, null, null, null, null, null, null, null);
  }

  public static QueueFilter awaitingAgents() {
    return new QueueFilter(Set.of(TicketStatus.OPEN), null);
  }

  /** Whose tickets: nobody's ({@code agentEmail} null), or the team member's with that login. */
  public record AssigneeFilter(String agentEmail) {
    public static AssigneeFilter nobody() {
      return new AssigneeFilter(null);
    }

    public static AssigneeFilter agent(String email) {
      return new AssigneeFilter(Objects.requireNonNull(email, "email"));
    }

    public boolean nobodys() {
      return agentEmail == null;
    }
  }
}
