package fr.orthocab.support.policy;

/** What a decision did to a request. */
public enum Outcome {
  ACCEPTED,
  PRIORITISED,
  HELD,
  THROTTLED,
  RELEASED,
  FLAGGED,
  /** An agent looked at a flag and let the request go on (a matter between agents). */
  CLEARED,
  REFUSED,
  LIFTED,
  /** An agent merged the request into the customer's original (DUP-COMMENT). */
  MERGED
}
