package fr.orthocab.support.sla;

/** Where a ticket's reply clock stands, as recorded (the API's {@code sla.state}). */
public enum SlaState {
  /** A message waits for a reply, nothing to report yet. */
  RUNNING,
  /** A warning was given, the objective still holds. */
  WARNING,
  /** The objective passed; the deadline still holds. */
  OBJECTIVE_MISSED,
  /** The contractual deadline passed without a reply. */
  BREACHED,
  /** The last waiting messages were answered. */
  SATISFIED,
  /** No clock: nothing waits for a reply, or the request is held. */
  NONE
}
