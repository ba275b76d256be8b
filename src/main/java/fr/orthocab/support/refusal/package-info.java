/**
 * Refusals of support under a clause of the policy (REFUSE-*, EXT-PRODUCTS, ELIG-ACTIVE): a record
 * of who refused, when, under which clause and version, and why, told to the customer in their
 * language; a supervisor may lift it. A supervisor may also suspend a customer's support for a
 * period under a clause about their behaviour: the intake refuses their requests meanwhile. Nothing
 * is ever deleted.
 */
package fr.orthocab.support.refusal;
