/**
 * The desk's mail, one capability: outgoing mail here, the table it waits in under {@code outbox},
 * mail to the support address under {@code inbound}. Outgoing mail: what a ticket's requester is
 * told (desk notices, agents' replies; never internal notes) becomes an outbox row in the same
 * transaction ({@link fr.orthocab.support.mail.CustomerMails}), worded in their language, threaded
 * on the ticket's earlier mails ({@link fr.orthocab.support.mail.MailThread}), automatic ones
 * limited per hour and withheld in answer to automatic mail. A thin timer ({@link
 * fr.orthocab.support.mail.OutboxSweep}) sends what is due, each row claimed once across the
 * cluster, and retries failures with a growing delay for two days before leaving them, FAILED, to
 * agents on the outbox page.
 */
package fr.orthocab.support.mail;
