/**
 * Who of the staff read what of a customer's data: opening a ticket, a customer's page, a file or
 * an export is one row of {@code staff_read} (who, what, when), written with one insert and kept as
 * long as the audit trail; a customer's page lists who looked at their data, and a supervisor lists
 * one agent's reads. {@link fr.orthocab.support.reads.StaffReads} is the entry point; a person who
 * opens the same thing again within a few minutes is not recorded twice. This package depends only
 * on the audit trail's actor: the pages and servlets that show data call it.
 */
package fr.orthocab.support.reads;
