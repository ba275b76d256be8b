package fr.orthocab.support.billing;

/** What the desk did with one call of the renewal webhook. */
public enum DeliveryOutcome {
  /** The event was applied by this call. */
  APPLIED,
  /** The event had been applied before: same answer, no second effect. */
  DUPLICATE,
  /** A known event id with a different body (409). */
  CONFLICT,
  /** Refused before any effect: signature, size, type, JSON, fields, pack or period. */
  REJECTED,
  /** The desk could not apply it (no secret configured, or an error): billing should retry. */
  FAILED
}
