package fr.orthocab.support.intake;

import fr.orthocab.support.customer.Language;
import fr.orthocab.support.policy.Clause;
import fr.orthocab.support.refusal.Refusals;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketReads;
import fr.orthocab.support.ticket.TicketStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Held work ends on time: a request awaiting identification past its delay is refused under
 * REFUSE-ID, one awaiting renewal past its delay under ELIG-ACTIVE. Each is claimed through the
 * ticket's version, in its own transaction, so that two nodes sweeping at once refuse it once.
 */
@Stateless
public class ExpiredHolds {
  static final String RULE = "rule:HoldExpiry";
  private static final int BATCH = 100;

  @Inject private TicketReads ticketReads;
  @Inject private Refusals refusals;
  @Inject private Clock clock;

  @Inject private HoldDelays delays;

  /** Ids of the requests whose hold has expired now, a batch at most for each kind of hold. */
  public List<Long> due(TicketStatus held) {
    return ticketReads.heldSinceBefore(
        held, clock.instant().minus(Duration.ofDays(daysFor(held))), BATCH);
  }

  /**
   * Refuses that request if its hold has still expired; false when another node or an agent got
   * there first (the ticket changed meanwhile and this transaction writes nothing).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean refuse(long ticketId) {
    Ticket ticket = ticketReads.find(ticketId).orElse(null);
    if (ticket == null || !ticket.getStatus().isHeld() || ticket.getHeldSince() == null) {
      return false;
    }
    TicketStatus held = ticket.getStatus();
    if (held == TicketStatus.THROTTLED
        || ticket.getHeldSince().plus(Duration.ofDays(daysFor(held))).isAfter(clock.instant())) {
      return false;
    }
    boolean identification = held == TicketStatus.AWAITING_IDENTIFICATION;
    Language language = ticket.requesterLanguage();
    refusals.refuseByRule(
        ticket,
        identification ? Clause.REFUSE_ID : Clause.ELIG_ACTIVE,
        RULE,
        IntakeNotice.text(
            language,
            identification ? "expired.identification" : "expired.renewal",
            daysFor(held)));
    return true;
  }

  private int daysFor(TicketStatus held) {
    return switch (held) {
      case AWAITING_IDENTIFICATION -> delays.identificationDays();
      case AWAITING_RENEWAL -> delays.renewalDays();
      default -> throw new IllegalArgumentException(held + " does not expire by itself");
    };
  }
}
