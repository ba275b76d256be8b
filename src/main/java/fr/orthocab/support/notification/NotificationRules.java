package fr.orthocab.support.notification;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.account.Accounts;
import fr.orthocab.support.account.Actors;
import fr.orthocab.support.audit.AuditActor;
import fr.orthocab.support.ticket.CustomerCommented;
import fr.orthocab.support.ticket.InternalNoteAdded;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketAssigned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Objects;

/**
 * Who is told of what happens on a request, in the transaction it happens in: its assignee when the
 * customer writes, the new assignee when someone else gives it to them, the colleagues an internal
 * note names. Nobody is told of what they did themselves.
 */
@ApplicationScoped
class NotificationRules {
  @Inject private Notifications notifications;
  @Inject private Actors actors;
  @Inject private Accounts accounts;

  void assigned(@Observes TicketAssigned assigned) {
    AuditActor by = assigned.byDesk() ? AuditActor.desk() : actors.current();
    if (!Objects.equals(by.accountId(), assigned.assignee().getId())) {
      notifications.tell(
          assigned.assignee(), NotificationKind.ASSIGNED, assigned.ticket(), by.shownName());
    }
  }

  void customerWrote(@Observes CustomerCommented commented) {
    Ticket ticket = commented.ticket();
    if (ticket.getAssignee() != null) {
      notifications.tell(
          ticket.getAssignee(),
          NotificationKind.CUSTOMER_ANSWERED,
          ticket,
          commented.message().getAuthorName());
    }
  }

  void noted(@Observes InternalNoteAdded noted) {
    if (noted.note().getBody().indexOf('@') < 0) {
      return;
    }
    Account author = noted.note().getAuthorAccount();
    for (Account named : Mentions.in(noted.note().getBody(), accounts.activeStaff())) {
      if (author == null || !named.getId().equals(author.getId())) {
        notifications.tell(
            named, NotificationKind.MENTIONED, noted.ticket(), noted.note().getAuthorName());
      }
    }
  }
}
