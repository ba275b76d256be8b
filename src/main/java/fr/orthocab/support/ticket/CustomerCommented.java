package fr.orthocab.support.ticket;

/**
 * A customer added a message to their ticket, fired within the transaction that saved it, so that
 * what the desk reads in it (external products, offensive language) is recorded with it or not at
 * all.
 */
public record CustomerCommented(Ticket ticket, Message message) {}
