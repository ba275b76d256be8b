package fr.orthocab.support.closing;

import fr.orthocab.support.ticket.Message;
import fr.orthocab.support.ticket.Ticket;

/**
 * Where a customer's message landed: on the request they wrote to, or on a new request following it
 * (that request was closed, or resolved too long ago); {@code message} is that message as it was
 * written (the comment, or the new request's first message), to which its files are added.
 */
public record FollowUp(Ticket ticket, boolean newRequest, Message message) {}
