/**
 * A customer erased on request (GDPR article 17): {@link
 * fr.orthocab.support.erasure.CustomerErasures} replaces their names and email by a pseudonym
 * ("Client effacé n° 1234", {@code erased-1234@invalid}), destroys what they wrote and sent
 * (message bodies, subjects, files, raw mails, mails to them, webhook bodies naming them,
 * satisfaction comments, explanations and details that may quote them) and keeps what the support
 * policy needs as a record: that each request existed, when, its decisions and clauses, its
 * refusals and SLA figures, so that the reports keep their counts. One transaction, recorded in the
 * audit trail with the reason, the actor and the pseudonym, never the erased email. {@link
 * fr.orthocab.support.erasure.ErasedRows} holds the statements, one per table, as the one place
 * that writes into the other capabilities' tables: erasure must reach every one of them at once,
 * and a table added later is caught by the IT that scans every text column.
 */
package fr.orthocab.support.erasure;
