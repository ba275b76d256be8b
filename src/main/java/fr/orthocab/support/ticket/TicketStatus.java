package fr.orthocab.support.ticket;

import static fr.orthocab.support.ticket.TicketAction.ASSIGN;
import static fr.orthocab.support.ticket.TicketAction.CLEAR_FLAG;
import static fr.orthocab.support.ticket.TicketAction.CLOSE;
import static fr.orthocab.support.ticket.TicketAction.COMMENT;
import static fr.orthocab.support.ticket.TicketAction.HOLD_FOR_RENEWAL;
import static fr.orthocab.support.ticket.TicketAction.IDENTIFY;
import static fr.orthocab.support.ticket.TicketAction.LIFT_REFUSAL;
import static fr.orthocab.support.ticket.TicketAction.MERGE;
import static fr.orthocab.support.ticket.TicketAction.NOTE;
import static fr.orthocab.support.ticket.TicketAction.REFUSE;
import static fr.orthocab.support.ticket.TicketAction.RELEASE;
import static fr.orthocab.support.ticket.TicketAction.REOPEN;
import static fr.orthocab.support.ticket.TicketAction.REPLY;
import static fr.orthocab.support.ticket.TicketAction.RESOLVE;
import static fr.orthocab.support.ticket.TicketAction.WAIT_ON_CUSTOMER;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a ticket stands, and what each status allows: the ticket's life cycle, written here only.
 * Held statuses keep a request out of the queue, without SLA clock.
 */
public enum TicketStatus {
  /** Awaiting an agent. */
  OPEN(
      COMMENT,
      REPLY,
      NOTE,
      ASSIGN,
      CLEAR_FLAG,
      WAIT_ON_CUSTOMER,
      RESOLVE,
      CLOSE,
      REFUSE,
      MERGE,
      HOLD_FOR_RENEWAL),
  WAITING_ON_CUSTOMER(
      COMMENT,
      REPLY,
      NOTE,
      ASSIGN,
      CLEAR_FLAG,
      RESOLVE,
      REOPEN,
      CLOSE,
      REFUSE,
      MERGE,
      HOLD_FOR_RENEWAL),
  /** Left as it is when the coverage ends: nobody works on it, and a hold would refuse it later. */
  RESOLVED(COMMENT, REPLY, NOTE, ASSIGN, CLEAR_FLAG, REOPEN, CLOSE, REFUSE, MERGE),
  CLOSED(NOTE),
  /** The customer had no active subscription: waits for its renewal (ELIG-ACTIVE). */
  AWAITING_RENEWAL(COMMENT, REPLY, NOTE, ASSIGN, CLEAR_FLAG, RELEASE, CLOSE, REFUSE),
  /** Over the customer's quota of new requests (REFUSE-SPAM): waits for a supervisor. */
  THROTTLED(COMMENT, REPLY, NOTE, ASSIGN, CLEAR_FLAG, RELEASE, CLOSE, REFUSE),
  /**
   * From a sender who matches no customer (ID-INFO): waits for surname, first name, email; it goes
   * on once identified, never by a release.
   */
  AWAITING_IDENTIFICATION(COMMENT, REPLY, NOTE, ASSIGN, CLEAR_FLAG, IDENTIFY, CLOSE, REFUSE),
  /** Refused under a clause of the policy; a supervisor may lift the refusal. */
  REFUSED(REPLY, NOTE, ASSIGN, CLEAR_FLAG, CLOSE, LIFT_REFUSAL),
  /**
   * Merged by an agent into the customer's original request (DUP-COMMENT): its thread lives there
   * now, and it only points to it.
   */
  MERGED(NOTE);

  private final Set<TicketAction> allowed;

  TicketStatus(TicketAction first, TicketAction... more) {
    this.allowed = EnumSet.of(first, more);
  }

  /** Whether a ticket in this status may undergo that action. */
  public boolean allows(TicketAction action) {
    return allowed.contains(action);
  }

  /** Statuses in which the customer can still add to the thread. */
  public boolean acceptsCustomerMessages() {
    return allows(COMMENT);
  }

  /**
   * Done on the customer's side: a later message of theirs may be a new request following it
   * (closed, or resolved past the reopen window: {@link Ticket#takesCustomerMessageAt}).
   */
  public boolean followedByNewRequest() {
    return this == RESOLVED || this == CLOSED;
  }

  /** Kept out of the agents' queue and of every SLA clock until released. */
  public boolean isHeld() {
    return this == AWAITING_RENEWAL || this == THROTTLED || this == AWAITING_IDENTIFICATION;
  }
}
