/**
 * The one intake pipeline every new request goes through, whatever its channel: rules in a fixed
 * order, each deciding under a clause of the support policy, and the outcome saved with its
 * decisions in one transaction. It also ends the holds that expired, and holds the requests in
 * progress of a customer whose subscription lapsed.
 */
package fr.orthocab.support.intake;
