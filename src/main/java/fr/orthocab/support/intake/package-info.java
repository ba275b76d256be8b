/**
 * The one intake pipeline every new request goes through, whatever its channel: rules in a fixed
 * order, each deciding under a clause of the support policy, and the outcome saved with its
 * decisions in one transaction.
 */
package fr.orthocab.support.intake;
