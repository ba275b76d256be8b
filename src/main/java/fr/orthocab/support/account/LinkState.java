package fr.orthocab.support.account;

/** Where a password link stands; each has its sentence on the link's page. */
public enum LinkState {
  USABLE,
  USED,
  EXPIRED,
  REVOKED,
  UNKNOWN
}
