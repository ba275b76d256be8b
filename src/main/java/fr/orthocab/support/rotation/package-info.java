/**
 * Automatic assignment in turn: when supervisors turn it on, each request that enters the queue
 * goes to the next member of the team who said they are available, in turn. The turn is claimed in
 * the database (the rotation's row locked), so that two nodes never give the same turn twice; the
 * assignment itself is {@link fr.orthocab.support.ticket.Tickets}', recorded and told as any other.
 */
package fr.orthocab.support.rotation;
