package fr.orthocab.support.ticket;

import java.time.Instant;

/**
 * A ticket started or stopped waiting for a reply, as the ticket itself recorded it.
 *
 * @param before since when it waited before the change; null when it did not wait
 * @param at when the change happened
 * @param answered the wait ended with an agent's public reply, not by a close, refusal or hold
 */
record WaitingChange(Instant before, Instant at, boolean answered) {}
