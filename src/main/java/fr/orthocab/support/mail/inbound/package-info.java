/**
 * Mail to the support address: a thin timer polls the desk's IMAP mailbox; each mail is claimed
 * once in the database by its Message-ID ({@link fr.orthocab.support.mail.inbound.InboundMail}),
 * parsed into safe text with its attachments, then becomes a follow-up on its ticket (when it comes
 * from that ticket's requester and proves it: an answer to one of the desk's mails, or a domain the
 * desk's receiving server authenticated; see {@code proof}), the answer to an identification
 * request, or a new request through the intake pipeline. Auto-replies and bounces are recorded but
 * never reach a ticket as a customer's message, and no mail handled here is answered automatically
 * when it could start a loop.
 */
package fr.orthocab.support.mail.inbound;
