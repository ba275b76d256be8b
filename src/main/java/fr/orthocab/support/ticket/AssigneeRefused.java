package fr.orthocab.support.ticket;

import jakarta.ejb.ApplicationException;

/**
 * A ticket can only go to someone who can work on it: an active agent or supervisor, not a
 * customer, an invited member who has not chosen a password yet, or a deactivated one.
 */
@ApplicationException(rollback = true)
public class AssigneeRefused extends RuntimeException {
  public AssigneeRefused(long accountId) {
    super(
        "Account " + accountId + " cannot be assigned tickets: not an active agent or supervisor");
  }
}
