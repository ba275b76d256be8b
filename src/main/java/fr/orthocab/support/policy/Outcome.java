package fr.orthocab.support.policy;

/** What a decision did to a request. */
public enum Outcome {
  ACCEPTED,
  PRIORITISED,
  HELD,
  THROTTLED,
  RELEASED,
  FLAGGED,
  REFUSED,
  LIFTED
}
