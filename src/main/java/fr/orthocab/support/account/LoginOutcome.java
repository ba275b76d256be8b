package fr.orthocab.support.account;

import java.time.Instant;

/**
 * What a login attempt came to. The caller learns only accepted or refused; whether a refusal was
 * throttled is kept for the audit trail, never shown.
 */
public record LoginOutcome(Account account, Instant at, boolean throttled) {
  public static LoginOutcome accepted(Account account, Instant at) {
    return new LoginOutcome(account, at, false);
  }

  public static LoginOutcome refused(boolean throttled) {
    return new LoginOutcome(null, null, throttled);
  }

  public boolean isAccepted() {
    return account != null;
  }
}
