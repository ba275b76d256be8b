package fr.orthocab.support.closing;

import fr.orthocab.support.ticket.Ticket;

/**
 * Where a customer's message landed: on the request they wrote to, or on a new request following it
 * (that request was closed, or resolved too long ago).
 */
public record FollowUp(Ticket ticket, boolean newRequest) {}
