package fr.orthocab.support.ticket;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * One ticket of a bulk change, in a transaction of its own, so that a ticket refused rolls back
 * alone. Each change goes through {@link Tickets} as the same change on the ticket's page does:
 * checked against the version the agent saw, recorded in the ticket's history, the assignee told.
 */
@Stateless
public class BulkStep {
  @Inject private Tickets tickets;
  @Inject private TicketReads reads;

  /** What became of one ticket: its reference, and whether anything was left to change. */
  public record Applied(String reference, boolean changed) {}

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Applied apply(SeenTicket seen, BulkChange change, Long noteAuthorId) {
    Ticket ticket = reads.find(seen.id()).orElseThrow(() -> new TicketNotFound(seen.id()));
    if (ticket.getVersion() != seen.version()) {
      throw new TicketChangedMeanwhile(ticket.getReference());
    }
    Long assignee = ticket.getAssignee() == null ? null : ticket.getAssignee().getId();
    if (!change.changes(ticket.getStatus(), assignee)) {
      return new Applied(ticket.getReference(), false);
    }
    if (change.movesAssignee(assignee)) {
      ticket =
          change.unassign()
              ? tickets.unassign(ticket.getId(), ticket.getVersion())
              : tickets.assign(ticket.getId(), ticket.getVersion(), change.assigneeId());
    }
    if (change.movesStatus(ticket.getStatus())) {
      ticket = tickets.changeStatus(ticket.getId(), ticket.getVersion(), change.status());
    }
    if (change.note() != null) {
      tickets.note(ticket.getId(), ticket.getVersion(), noteAuthorId, change.note());
    }
    return new Applied(ticket.getReference(), true);
  }
}
