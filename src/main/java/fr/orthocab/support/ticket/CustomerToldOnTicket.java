package fr.orthocab.support.ticket;

/**
 * The customer (or the unknown sender) was told something public on their ticket: a desk notice or
 * an agent's reply, never an internal note. Fired in the transaction that writes the message, so
 * that whatever observes it (mail's outbox) exists exactly when the message does.
 */
public record CustomerToldOnTicket(Ticket ticket, Message message, NoticeKind kind) {}
