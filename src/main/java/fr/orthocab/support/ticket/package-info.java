/**
 * Tickets and their threads: a customer's request, its public messages and internal notes, its
 * status (moved only through the ticket's own methods), its priority and the queue agents work
 * from.
 */
package fr.orthocab.support.ticket;
