package fr.orthocab.support.ticket;

import java.time.Instant;

/**
 * A ticket started or stopped waiting for a reply ({@link Ticket#getAwaitingReplySince()} changed),
 * as the ticket itself reported it ({@link WaitingChange}); fired by {@link Tickets} only, within
 * the transaction that changed it, so that the SLA clock moves with the ticket or not at all.
 *
 * @param answered the wait ended with an agent's public reply, not by a close, refusal or hold
 */
public record AwaitingReplyChanged(Ticket ticket, Instant at, boolean answered) {}
