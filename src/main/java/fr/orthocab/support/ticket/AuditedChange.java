package fr.orthocab.support.ticket;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.audit.AuditAction;

/** A change of a ticket the audit trail records: what it was, and its detail ("OPEN → CLOSED"). */
record AuditedChange(AuditAction action, String detail) {
  static AuditedChange status(TicketStatus from, TicketStatus to) {
    return new AuditedChange(AuditAction.TICKET_STATUS_CHANGED, from + " → " + to);
  }

  /** Assigned to someone (from someone else, if it was), or unassigned. */
  static AuditedChange assignee(Account from, Account to) {
    if (to == null) {
      return new AuditedChange(AuditAction.TICKET_UNASSIGNED, from.getDisplayName());
    }
    return new AuditedChange(
        AuditAction.TICKET_ASSIGNED,
        from == null ? to.getDisplayName() : from.getDisplayName() + " → " + to.getDisplayName());
  }
}
