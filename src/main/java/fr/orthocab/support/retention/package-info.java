/**
 * Retention: how long closed requests keep their content, files, raw mails, failed webhook bodies
 * and audit entries ({@link fr.orthocab.support.retention.RetentionPolicy}, set in the README's
 * "Settings"), applied by a daily sweep that runs once across nodes, claims its day in the database
 * and purges in bounded batches through the capabilities that own the tables. Records stay
 * (tickets, messages' rows, decisions, refusals, SLA history), so reports keep their counts; each
 * run is recorded with what it purged, which the dashboard shows.
 */
package fr.orthocab.support.retention;
