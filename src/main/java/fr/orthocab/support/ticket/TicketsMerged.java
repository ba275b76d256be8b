package fr.orthocab.support.ticket;

/**
 * A request was merged into the same customer's original: fired by {@link Tickets#merge} in the
 * merge's transaction, once the duplicate's thread moved and its clock stopped. Every capability
 * that keeps rows about a ticket observes it synchronously, moves its own rows of the duplicate to
 * the original (they commit or roll back with the merge) and counts them in {@link #moved()}, so
 * that the merge on record says what moved.
 */
public record TicketsMerged(Ticket duplicate, Ticket original, MovedRows moved) {}
