package fr.orthocab.support.account;

import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.EmailKey;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Entry point for accounts: creating them and checking a login. Passwords are never logged. */
@Stateless
public class Accounts {
  @PersistenceContext private EntityManager em;
  @Inject private Pbkdf2PasswordHash hasher;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "app.login.max-failures", defaultValue = "5")
  private int maxFailures;

  @Inject
  @ConfigProperty(name = "app.login.lock-seconds", defaultValue = "60")
  private long lockSeconds;

  /** A hash made once, checked against when the email is unknown so timing tells nothing. */
  private static volatile String decoyHash;

  public Optional<Account> byEmail(String email) {
    if (email == null || email.isBlank()) {
      return Optional.empty();
    }
    return em.createQuery("select a from Account a where a.emailKey = :key", Account.class)
        .setParameter("key", EmailKey.of(email))
        .getResultStream()
        .findFirst();
  }

  public Optional<Account> byId(long id) {
    return Optional.ofNullable(em.find(Account.class, id));
  }

  public Account openForCustomer(Customer customer, char[] password) {
    Account account = Account.forCustomer(customer, hasher.generate(password));
    em.persist(account);
    return account;
  }

  /** The portal account of that customer, if they have one. */
  public Optional<Account> ofCustomer(Customer customer) {
    return em.createQuery("select a from Account a where a.customer = :customer", Account.class)
        .setParameter("customer", customer)
        .getResultStream()
        .findFirst();
  }

  /** Sets the password its owner chose (an invitation accepted). */
  public void choosePassword(Account account, char[] password) {
    account.passwordChosen(hasher.generate(password));
  }

  public Account openForStaff(String email, String displayName, Role role, char[] password) {
    Account account = Account.forStaff(email, displayName, hasher.generate(password), role);
    em.persist(account);
    return account;
  }

  /**
   * Checks a login in its own transaction, so that a failure is counted even though the caller's
   * authentication fails. A locked account is refused without looking at the password.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public LoginOutcome login(String email, char[] password) {
    Instant now = clock.instant();
    Optional<Account> found = lockedForUpdate(email);
    if (found.isEmpty()) {
      hasher.verify(password, decoy());
      return LoginOutcome.refused();
    }
    Account account = found.get();
    if (account.lockedAt(now)) {
      return LoginOutcome.locked(account.getLockedUntil());
    }
    if (!account.isEnabled() || !hasher.verify(password, account.getPasswordHash())) {
      account.loginFailed(now, maxFailures, Duration.ofSeconds(lockSeconds));
      return account.lockedAt(now)
          ? LoginOutcome.locked(account.getLockedUntil())
          : LoginOutcome.refused();
    }
    account.loggedIn(now);
    return LoginOutcome.accepted(account);
  }

  private Optional<Account> lockedForUpdate(String email) {
    if (email == null || email.isBlank()) {
      return Optional.empty();
    }
    return em.createQuery("select a from Account a where a.emailKey = :key", Account.class)
        .setParameter("key", EmailKey.of(email))
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  private String decoy() {
    if (decoyHash == null) {
      decoyHash = hasher.generate("decoy-password-never-used".toCharArray());
    }
    return decoyHash;
  }
}
