package fr.orthocab.support.account;

import java.time.Instant;

/** What a login attempt came to; a locked account says until when. */
public record LoginOutcome(Account account, Instant lockedUntil) {
  public static LoginOutcome accepted(Account account) {
    return new LoginOutcome(account, null);
  }

  public static LoginOutcome refused() {
    return new LoginOutcome(null, null);
  }

  public static LoginOutcome locked(Instant until) {
    return new LoginOutcome(null, until);
  }

  public boolean isAccepted() {
    return account != null;
  }

  public boolean isLocked() {
    return lockedUntil != null;
  }
}
