package fr.orthocab.support.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/** Jakarta Security's view of {@link Account}s: the caller name is the account's email. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {
  @Inject private Accounts accounts;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    LoginOutcome outcome = accounts.login(login.getCaller(), login.getPassword().getValue());
    if (!outcome.isAccepted()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    Account account = outcome.account();
    return new CredentialValidationResult(account.getEmail(), Set.of(account.getRole().name()));
  }
}
