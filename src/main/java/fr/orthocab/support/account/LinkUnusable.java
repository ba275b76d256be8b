package fr.orthocab.support.account;

import jakarta.ejb.ApplicationException;

/** A password link that cannot be used, and why (its page says which). */
@ApplicationException(rollback = true)
public class LinkUnusable extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final LinkState state;

  public LinkUnusable(LinkState state) {
    super("Password link " + state);
    this.state = state;
  }

  public LinkState state() {
    return state;
  }
}
