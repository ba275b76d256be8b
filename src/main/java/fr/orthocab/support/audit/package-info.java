/**
 * The audit trail: one append-only record of what people and the desk did (logins, passwords,
 * invitations, roles, ticket status changes and assignments, refusals, merges, suspensions, policy
 * and SLA settings, API tokens, exports), each entry naming its actor as they read at the time.
 * {@link fr.orthocab.support.audit.AuditTrail} records an entry in the caller's transaction, so
 * that a change and its entry are written together or not at all, and reads the trail newest first
 * by keyset. This package depends on no other capability: they all call it.
 */
package fr.orthocab.support.audit;
