package fr.orthocab.support.account;

/** Roles, named as in web.xml's security constraints. */
public enum Role {
  CUSTOMER,
  AGENT,
  SUPERVISOR;

  public boolean isStaff() {
    return this != CUSTOMER;
  }
}
