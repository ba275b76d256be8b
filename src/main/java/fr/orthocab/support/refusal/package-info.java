/**
 * Refusals of support under a clause of the policy (REFUSE-*, EXT-PRODUCTS, ELIG-ACTIVE): a record
 * of who refused, when, under which clause and version, and why, told to the customer in their
 * language; a supervisor may lift it. Nothing is ever deleted.
 */
package fr.orthocab.support.refusal;
