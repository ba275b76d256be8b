package fr.orthocab.support.closing;

import fr.orthocab.support.ticket.ClosingDelays;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketReads;
import fr.orthocab.support.ticket.TicketStatus;
import fr.orthocab.support.ticket.Tickets;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Resolved requests left without answer close by themselves: the customer is told the day first
 * (the warning's lead before it), then the request closes on that day. Each step is claimed through
 * the ticket's version, in its own transaction, so that nodes sweeping at once act once; a
 * customer's comment meanwhile reopens the request, which ends the countdown.
 */
@Stateless
public class AutoClosing {
  private static final int BATCH = 100;

  @Inject private TicketReads reads;
  @Inject private Tickets tickets;
  @Inject private ClosingDelays delays;
  @Inject private Clock clock;

  /** Resolved requests whose customer is to be told now, a batch at most. */
  public List<Long> warningsDue() {
    return reads.resolvedUnwarnedBefore(warnFrom(clock.instant()), BATCH);
  }

  /** Requests whose announced closing day has come, a batch at most. */
  public List<Long> closingsDue() {
    return reads.autoClosingDue(clock.instant(), BATCH);
  }

  /**
   * Tells the customer of that resolved request the day it closes, if still due; false when another
   * node or a person got there first (the ticket changed and nothing is written).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean warn(long ticketId) {
    Ticket ticket = reads.find(ticketId).orElse(null);
    Instant now = clock.instant();
    if (ticket == null
        || ticket.getStatus() != TicketStatus.RESOLVED
        || ticket.getAutoCloseAt() != null
        || ticket.getResolvedAt() == null
        || !ticket.getResolvedAt().isBefore(warnFrom(now))) {
      return false;
    }
    Instant closesAt = ticket.autoClosingAt(delays.autoCloseDelay(), delays.warningLead(), now);
    tickets.warnOfAutoClose(
        ticket,
        closesAt,
        ClosingNotice.autoCloseWarning(ticket, closesAt, (int) delays.autoCloseDelay().toDays()));
    return true;
  }

  /** Closes that request if its announced day has come and it is still resolved. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean close(long ticketId) {
    Ticket ticket = reads.find(ticketId).orElse(null);
    Instant now = clock.instant();
    if (ticket == null
        || ticket.getStatus() != TicketStatus.RESOLVED
        || ticket.getAutoCloseAt() == null
        || ticket.getAutoCloseAt().isAfter(now)) {
      return false;
    }
    tickets.autoClose(ticket, now);
    return true;
  }

  /** Requests resolved before this are to be warned: the delay less the warning's lead. */
  private Instant warnFrom(Instant now) {
    return now.minus(delays.autoCloseDelay()).plus(delays.warningLead());
  }
}
