package fr.orthocab.support.closing;

import fr.orthocab.support.intake.Intake;
import fr.orthocab.support.ticket.ClosingDelays;
import fr.orthocab.support.ticket.NewRequest;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketChannel;
import fr.orthocab.support.ticket.TicketNotFound;
import fr.orthocab.support.ticket.TicketReads;
import fr.orthocab.support.ticket.TicketThreads;
import fr.orthocab.support.ticket.Tickets;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;
import java.time.Instant;

/**
 * A customer writes on one of their requests, from the portal or by mail, and both channels do the
 * same: a request in progress, or resolved within the reopen window, takes the message (a resolved
 * one reopens); a closed one, or one resolved longer ago, stays as it is and the message becomes a
 * new request through the normal intake (its rules apply), following the old one.
 */
@Stateless
public class FollowUps {
  @Inject private Tickets tickets;
  @Inject private TicketReads reads;
  @Inject private TicketThreads threads;
  @Inject private Intake intake;
  @Inject private ClosingDelays delays;
  @Inject private Clock clock;

  /** Whether a message of its customer now joins that request rather than following it. */
  public boolean joins(Ticket ticket) {
    return ticket.isIdentified()
        && ticket.takesCustomerMessageAt(clock.instant(), delays.reopenWindow());
  }

  /** Whether a message of its customer now starts a new request following that one. */
  public boolean followsWithNewRequest(Ticket ticket) {
    return ticket.isIdentified() && !joins(ticket) && ticket.getStatus().followedByNewRequest();
  }

  /** The customer's message on their request: added to it, or a new request following it. */
  public FollowUp write(
      long ticketId, long customerId, @NotBlank String body, TicketChannel channel) {
    Ticket earlier =
        reads.findForCustomer(ticketId, customerId).orElseThrow(() -> new TicketNotFound(ticketId));
    if (joins(earlier) || !followsWithNewRequest(earlier)) {
      return new FollowUp(earlier, false, tickets.comment(ticketId, customerId, body));
    }
    Instant now = clock.instant();
    Ticket later =
        intake.receive(
            new NewRequest(
                customerId,
                ClosingNotice.followUpSubject(earlier),
                earlier.getCategory(),
                channel,
                body,
                now));
    tickets.follow(later, earlier.getId());
    return new FollowUp(later, true, threads.request(later.getId()));
  }
}
