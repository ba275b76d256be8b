package fr.orthocab.support.web;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.account.Accounts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/** The logged-in account of this request, looked up once. */
@Named("me")
@RequestScoped
public class CurrentAccount {
  @Inject private SecurityContext security;
  @Inject private Accounts accounts;

  private Optional<Account> account;

  public Optional<Account> get() {
    if (account == null) {
      Principal caller = security.getCallerPrincipal();
      account = caller == null ? Optional.empty() : accounts.byEmail(caller.getName());
    }
    return account;
  }

  /** The account, for pages that the security constraints only let logged-in people reach. */
  public Account required() {
    return get().orElseThrow(() -> new IllegalStateException("No account logged in"));
  }

  public boolean isLoggedIn() {
    return get().isPresent();
  }

  public boolean isStaff() {
    return get().map(a -> a.getRole().isStaff()).orElse(false);
  }

  public String getEmail() {
    return get().map(Account::getEmail).orElse("");
  }

  public String getDisplayName() {
    return get().map(Account::getDisplayName).orElse("");
  }
}
