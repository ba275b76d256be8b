/**
 * Retries without duplicates: the first answer to an API call sent with an {@code Idempotency-Key}
 * is recorded in the call's own transaction and answered again to every retry of the same call for
 * 24 hours ({@link fr.orthocab.support.idempotency.IdempotencyKeys}). The key's row is claimed
 * before the call's work, under a primary key, so that two nodes racing with one key act once: the
 * database holds the second until the first commits, then refuses it ({@link
 * fr.orthocab.support.idempotency.KeyTaken}), and the second answers what the first recorded. Only
 * successful answers are kept; expired ones are deleted by {@link
 * fr.orthocab.support.idempotency.IdempotencyKeySweep}. The HTTP side is {@code
 * api.IdempotentCall}.
 */
package fr.orthocab.support.idempotency;
