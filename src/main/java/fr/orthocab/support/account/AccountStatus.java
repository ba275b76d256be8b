package fr.orthocab.support.account;

/** Where an account stands, as the staff list shows it. */
public enum AccountStatus {
  /** Invited: no password chosen yet. */
  INVITED,
  ACTIVE,
  /** Can no longer log in; keeps its name on past work. */
  DEACTIVATED
}
