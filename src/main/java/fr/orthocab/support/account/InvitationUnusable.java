package fr.orthocab.support.account;

import jakarta.ejb.ApplicationException;

/** An invitation link that leads nowhere: unknown token, already used, or past its 72 hours. */
@ApplicationException(rollback = true)
public class InvitationUnusable extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvitationUnusable() {
    super("The invitation is unknown, used or expired");
  }
}
