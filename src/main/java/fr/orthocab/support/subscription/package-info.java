/**
 * Packs and subscriptions (SCOPE-PACKS, SCOPE-PRIORITY, ELIG-ACTIVE): whether a customer is covered
 * at an instant, and by which pack, is always derived from dated subscription periods, never
 * stored. A renewal and the end of a subscription are told as events ({@link
 * fr.orthocab.support.subscription.SubscriptionRenewed}, {@link
 * fr.orthocab.support.subscription.SubscriptionLapsed}) in the transaction that records them; what
 * follows for the customer's requests is intake's part.
 */
package fr.orthocab.support.subscription;
