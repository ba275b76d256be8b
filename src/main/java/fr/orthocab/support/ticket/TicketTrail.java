package fr.orthocab.support.ticket;

import fr.orthocab.support.account.Actors;
import fr.orthocab.support.audit.AuditAction;
import fr.orthocab.support.audit.AuditActor;
import fr.orthocab.support.audit.AuditTrail;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Tells the audit trail what tickets report of their own changes of status and assignee, and of
 * merges: called by {@link Tickets} only, in the transaction of the change.
 */
@Dependent
class TicketTrail {
  @Inject private AuditTrail trail;
  @Inject private Actors actors;

  /** Who acts in this request: the person, the API token, or the desk. */
  Supplier<AuditActor> current() {
    return actors::current;
  }

  /**
   * What these tickets report of their changes, taken at once: before anything reads the database,
   * which would write the tickets ({@link Ticket#refuseUnreportedChange}).
   */
  List<Taken> take(Ticket... changed) {
    List<Taken> taken = new ArrayList<>();
    for (Ticket ticket : changed) {
      ticket.takeAuditedChanges().forEach(change -> taken.add(new Taken(ticket, change)));
    }
    return taken;
  }

  /** Records what was taken, in the name of that actor (asked only if something changed). */
  void record(Supplier<AuditActor> by, List<Taken> taken) {
    if (taken.isEmpty()) {
      return;
    }
    AuditActor actor = by.get();
    for (Taken one : taken) {
      trail.record(
          actor.did(
              one.change().action(),
              one.ticket().getId(),
              customerOf(one.ticket()),
              one.change().detail()));
    }
  }

  /** A change a ticket reported. */
  record Taken(Ticket ticket, AuditedChange change) {}

  /** One entry on each of the two requests, so that both pages show it. */
  void merged(Ticket duplicate, Ticket original) {
    AuditActor actor = actors.current();
    String detail = duplicate.getReference() + " → " + original.getReference();
    for (Ticket ticket : new Ticket[] {duplicate, original}) {
      trail.record(
          actor.did(AuditAction.TICKETS_MERGED, ticket.getId(), customerOf(ticket), detail));
    }
  }

  private static Long customerOf(Ticket ticket) {
    return ticket.getCustomer() == null ? null : ticket.getCustomer().getId();
  }
}
