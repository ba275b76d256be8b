/**
 * Finding tickets by their words: one search document per ticket (its subject and the messages
 * people wrote, as the desk's French stems), kept in the database in the transaction that changes
 * the ticket's text, so that every node reads the same; documents of tickets written before search
 * existed are filled in by a sweep. The queue and the API match words against them; the passage
 * shown in results is found in Java, for the page shown only.
 */
package fr.orthocab.support.ticket.search;
