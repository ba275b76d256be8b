/**
 * Canned answers: what the team says again and again, written once by supervisors in French and
 * English, filed by category and by the policy clause they apply (one seeded for every clause that
 * holds or refuses a request), with placeholders the desk fills for the request at hand, and an
 * optional action (a status, an internal note) applied with the reply.
 */
package fr.orthocab.support.answer;
