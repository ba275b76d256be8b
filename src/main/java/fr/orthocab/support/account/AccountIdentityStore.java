package fr.orthocab.support.account;

import fr.orthocab.support.platform.ClientAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/** Jakarta Security's view of {@link Account}s: the caller name is the account's email. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {
  @Inject private Accounts accounts;
  @Inject private ClientAddress clientAddress;
  @Inject private HttpServletRequest request;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    LoginOutcome outcome;
    try {
      outcome =
          accounts.login(
              login.getCaller(), login.getPassword().getValue(), clientAddress.of(request));
    } catch (PersistenceException | jakarta.ejb.EJBException raced) {
      // two failures of a new key at the same instant: one of them could not count itself
      return CredentialValidationResult.INVALID_RESULT;
    }
    if (!outcome.isAccepted()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    Account account = outcome.account();
    return new CredentialValidationResult(account.getEmail(), Set.of(account.getRole().name()));
  }
}
