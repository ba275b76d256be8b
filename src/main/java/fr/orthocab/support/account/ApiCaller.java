package fr.orthocab.support.account;

/**
 * Who calls the ticket API: a token's name and scope, and the supervisor account behind it (null
 * for the bootstrap token of the configuration).
 */
public record ApiCaller(String name, ApiScope scope, Account owner) {
  /**
   * A supervisor's token: the bootstrap token, or one whose maker is a supervisor still (a token
   * made by someone since made an agent is an agent's).
   */
  public boolean isSupervisor() {
    return owner == null || owner.getRole() == Role.SUPERVISOR;
  }
}
