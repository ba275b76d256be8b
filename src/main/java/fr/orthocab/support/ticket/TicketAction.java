package fr.orthocab.support.ticket;

/**
 * What people and the desk do with a ticket. Which of them a status allows is written once, in
 * {@link TicketStatus}; the ticket's methods refuse what it refuses and the pages show only what it
 * allows ({@link Ticket#can}).
 */
public enum TicketAction {
  /** The unknown sender proved to be a customer (ID-INFO). */
  IDENTIFY,
  /** A held request enters the queue. */
  RELEASE,
  /** The customer's coverage ended: the request waits for the renewal (ELIG-ACTIVE). */
  HOLD_FOR_RENEWAL,
  /** The customer adds a message; a request merged into this one adds its thread. */
  COMMENT,
  /** An agent's public reply. */
  REPLY,
  /** An agent's internal note. */
  NOTE,
  ASSIGN,
  /** Clearing a screening flag of the ticket, which is still being worked on. */
  CLEAR_FLAG,
  WAIT_ON_CUSTOMER,
  RESOLVE,
  REOPEN,
  CLOSE,
  /** Refusing under a clause of the policy. */
  REFUSE,
  LIFT_REFUSAL,
  /** Merging this request into the same customer's original (DUP-COMMENT). */
  MERGE
}
