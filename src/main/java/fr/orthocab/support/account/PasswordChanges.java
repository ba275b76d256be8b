package fr.orthocab.support.account;

import fr.orthocab.support.audit.AuditAction;
import fr.orthocab.support.audit.AuditActor;
import fr.orthocab.support.audit.AuditTrail;
import fr.orthocab.support.customer.EmailKey;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Entry point for a logged-in person changing their own password. A wrong current password counts
 * as a failed login (in its own transaction, like a login), so that a stolen session cannot be used
 * to guess it faster than the login page allows.
 */
@Stateless
public class PasswordChanges {
  @Inject private Accounts accounts;
  @Inject private LoginThrottles throttles;
  @Inject private Clock clock;
  @Inject private AuditTrail audit;

  /**
   * Changes the password if {@code current} is right; answers the instant of the change, or empty
   * for a wrong or throttled current password.
   *
   * @throws PasswordRefused for a new password the policy refuses (nothing changes)
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<Instant> change(
      long accountId, char[] current, char[] chosen, String clientAddress) {
    Account account = accounts.byId(accountId).orElseThrow();
    String key = EmailKey.of(account.getEmail());
    Instant now = clock.instant();
    if (!throttles.allows(key, clientAddress, now) || !accounts.isPassword(account, current)) {
      throttles.failed(key, clientAddress, now);
      return Optional.empty();
    }
    PasswordPolicy.check(chosen, account.getEmail())
        .ifPresent(
            problem -> {
              throw new PasswordRefused(problem);
            });
    Instant at = accounts.choosePassword(account, chosen);
    audit.record(
        AuditActor.person(
                account.getId(), account.getDisplayName(), account.getEmail(), clientAddress)
            .did(AuditAction.PASSWORD_CHANGED, null));
    return Optional.of(at);
  }
}
