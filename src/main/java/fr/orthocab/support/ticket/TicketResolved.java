package fr.orthocab.support.ticket;

/**
 * An agent resolved a request: its customer is asked whether the answer helped
 * (satisfaction.Satisfactions observes it, in the same transaction, and queues the mail).
 */
public record TicketResolved(Ticket ticket) {}
