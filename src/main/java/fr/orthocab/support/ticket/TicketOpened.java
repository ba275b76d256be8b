package fr.orthocab.support.ticket;

/** Fired once a new ticket is saved; observers act after the transaction succeeded. */
public record TicketOpened(long ticketId, String reference) {}
