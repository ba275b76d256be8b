/**
 * Notifications waiting to be sent, in a table: whoever needs to tell someone something (an SLA
 * warning, a breach) writes an {@link fr.orthocab.support.outbox.OutboxMessage} in its own
 * transaction, so the notification exists exactly when the fact it reports does, and nothing is
 * lost while mail is down. The mail capability sends them and retries; until it exists, supervisors
 * read them on the admin dashboard.
 */
package fr.orthocab.support.outbox;
