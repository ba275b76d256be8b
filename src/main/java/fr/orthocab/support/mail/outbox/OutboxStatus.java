package fr.orthocab.support.mail.outbox;

/** Where a notification stands. */
public enum OutboxStatus {
  /** Waiting to be sent (again, after a failed attempt). */
  PENDING,
  SENT,
  /** Given up after too many attempts; kept for a person to look at. */
  FAILED
}
