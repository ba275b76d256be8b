package fr.orthocab.support.ticket;

/**
 * An agent wrote an internal note on a ticket, fired within the transaction that saved it, so that
 * the colleagues it names are told exactly when the note exists.
 */
public record InternalNoteAdded(Ticket ticket, Message note) {}
