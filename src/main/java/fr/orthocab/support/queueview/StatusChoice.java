package fr.orthocab.support.queueview;

import fr.orthocab.support.ticket.TicketStatus;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The queue's status filter: one status by its name, or one of these groups. Views need the groups:
 * an agent's own requests are those in progress, held requests are in three statuses.
 */
public enum StatusChoice {
  ALL(EnumSet.noneOf(TicketStatus.class)),
  /** Awaiting an agent or the customer: what nobody has finished. */
  IN_PROGRESS(EnumSet.of(TicketStatus.OPEN, TicketStatus.WAITING_ON_CUSTOMER)),
  /** Out of the queue until released or identified ({@link TicketStatus#isHeld()}). */
  HELD(EnumSet.copyOf(Arrays.stream(TicketStatus.values()).filter(TicketStatus::isHeld).toList())),
  /** In progress or held: still to be dealt with. */
  UNFINISHED(
      EnumSet.of(
          TicketStatus.OPEN,
          TicketStatus.WAITING_ON_CUSTOMER,
          TicketStatus.AWAITING_RENEWAL,
          TicketStatus.THROTTLED,
          TicketStatus.AWAITING_IDENTIFICATION));

  private final Set<TicketStatus> statuses;

  StatusChoice(Set<TicketStatus> statuses) {
    this.statuses = Set.copyOf(statuses);
  }

  /**
   * The statuses a choice lets through (none: all), or empty when it is neither a status's name nor
   * a group's: nothing typed in an address or stored in a row is guessed at.
   */
  public static Optional<Set<TicketStatus>> statuses(String choice) {
    if (choice == null) {
      return Optional.empty();
    }
    for (StatusChoice group : values()) {
      if (group.name().equals(choice)) {
        return Optional.of(group.statuses);
      }
    }
    return Arrays.stream(TicketStatus.values())
        .filter(s -> s.name().equals(choice))
        .findFirst()
        .map(Set::of);
  }

  public static boolean isKnown(String choice) {
    return statuses(choice).isPresent();
  }
}
