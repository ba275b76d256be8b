/**
 * Tickets and their threads: a customer's request, its public messages and internal notes, its
 * status (moved only through the ticket's own methods, as the table on {@link
 * fr.orthocab.support.ticket.TicketStatus} allows), its priority and the queue agents work from.
 * {@link fr.orthocab.support.ticket.Tickets} changes tickets, and tells the SLA clock and the audit
 * trail in one place of the waits, statuses and assignees the tickets report; {@link
 * fr.orthocab.support.ticket.TicketReads} and {@link fr.orthocab.support.ticket.TicketThreads} read
 * them; {@link fr.orthocab.support.ticket.TicketsInBulk} applies one change to a selection, each
 * ticket through {@code Tickets} in a transaction of its own.
 */
package fr.orthocab.support.ticket;
