/**
 * Packs and subscriptions (SCOPE-PACKS, SCOPE-PRIORITY, ELIG-ACTIVE): whether a customer is covered
 * at an instant, and by which pack, is always derived from dated subscription periods, never
 * stored.
 */
package fr.orthocab.support.subscription;
