package fr.orthocab.support.notification;

/** Why a member of the team is told about a request. */
public enum NotificationKind {
  /** The customer wrote on a request assigned to them. */
  CUSTOMER_ANSWERED,
  /** A colleague (or an integration) gave them the request. */
  ASSIGNED,
  /** A colleague named them in an internal note. */
  MENTIONED,
  /** The reply is due soon on a request of theirs. */
  SLA_WARNING,
  /** The contractual delay passed on a request of theirs. */
  SLA_BREACHED
}
