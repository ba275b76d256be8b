/**
 * Who else is on a request: the agents whose page of it is open, and those writing a reply or a
 * note, told to each other within seconds so that two of them do not answer the same customer
 * twice. Kept in the database, so that agents served by different nodes see each other.
 */
package fr.orthocab.support.presence;
