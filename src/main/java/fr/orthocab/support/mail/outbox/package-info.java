/**
 * Notifications waiting to be sent, in a table: whoever needs to tell someone something (an SLA
 * warning, a breach) writes an {@link fr.orthocab.support.mail.outbox.OutboxMessage} in its own
 * transaction, so the notification exists exactly when the fact it reports does, and nothing is
 * lost while mail is down. The rest of the mail capability sends them and retries ({@code
 * mail.OutboxSweep}); agents see them on the outbox page, supervisors also on the dashboard.
 */
package fr.orthocab.support.mail.outbox;
