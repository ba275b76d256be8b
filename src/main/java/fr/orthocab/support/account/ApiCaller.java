package fr.orthocab.support.account;

/**
 * Who calls the ticket API: a token's name and scope, and the supervisor account behind it (null
 * for the bootstrap token of the configuration).
 */
public record ApiCaller(String name, ApiScope scope, Account owner) {
  /**
   * Whether the token acts with a supervisor's full powers, as the audit trail requires: a
   * read-write token whose owner is still an active supervisor, or the bootstrap token. A READ
   * token reads tickets only (reporting, dashboards).
   */
  public boolean actsAsSupervisor() {
    return scope.allowsWrites()
        && (owner == null || (owner.getRole() == Role.SUPERVISOR && owner.isEnabled()));
  }
}
