package fr.orthocab.support.account;

import fr.orthocab.support.audit.AuditAction;
import fr.orthocab.support.audit.AuditActor;
import fr.orthocab.support.audit.AuditEvent;
import fr.orthocab.support.audit.AuditTrail;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.EmailKey;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Entry point for accounts: creating them and checking a login. Passwords are never logged. */
@Stateless
public class Accounts {
  @PersistenceContext private EntityManager em;
  @Inject private PasswordHashing hashing;
  @Inject private LoginThrottles throttles;
  @Inject private Clock clock;
  @Inject private AuditTrail audit;

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
    Account account = Account.forCustomer(customer, hashing.hash(password));
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

  /**
   * Sets the password its owner chose (an invitation accepted, a reset link used): the sessions
   * opened before end at their next request. Answers the instant from which sessions hold.
   */
  public Instant choosePassword(Account account, char[] password) {
    // to the microsecond, as the database keeps it: the session that made the change holds
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    account.passwordChosen(hashing.hash(password), now);
    return now;
  }

  /** A member of the support team with a password already (the demo's). */
  public Account openForStaff(String email, String displayName, Role role, char[] password) {
    Account account = Account.forStaff(email, displayName, hashing.hash(password), role);
    em.persist(account);
    return account;
  }

  /** A member of the support team who will choose their password through an invitation. */
  public Account inviteStaff(String email, String displayName, Role role) {
    Account account = Account.forStaff(email, displayName, null, role);
    em.persist(account);
    return account;
  }

  /**
   * The role of a session of that caller that logged in at that instant, if it still holds: the
   * account is active and its password has not changed since. One indexed read a request.
   */
  public Optional<Role> sessionRole(String caller, Instant loggedInAt) {
    return byEmail(caller).filter(a -> a.sessionValid(loggedInAt)).map(Account::getRole);
  }

  /** The support team: every staff account, the deactivated ones included, by name. */
  public List<Account> staff() {
    return em.createQuery(
            "select a from Account a where a.role <> :customer order by a.displayName, a.id",
            Account.class)
        .setParameter("customer", Role.CUSTOMER)
        .getResultList();
  }

  /**
   * The members of the team who can take requests today: agents and supervisors who have chosen
   * their password and are not deactivated, by name.
   */
  public List<Account> activeStaff() {
    return em.createQuery(
            "select a from Account a where a.role <> :customer and a.enabled = true"
                + " and a.passwordHash is not null order by a.displayName, a.id",
            Account.class)
        .setParameter("customer", Role.CUSTOMER)
        .getResultList();
  }

  /** Whether the team has a supervisor, active, invited or deactivated. */
  public boolean anySupervisor() {
    return em.createQuery("select count(a) from Account a where a.role = :role", Long.class)
            .setParameter("role", Role.SUPERVISOR)
            .getSingleResult()
        > 0;
  }

  /**
   * The supervisors who can log in, their rows locked until the caller's transaction ends: two
   * supervisors retiring each other at the same moment cannot leave the desk with none.
   */
  public List<Account> activeSupervisorsLocked() {
    return em
        .createQuery(
            "select a from Account a where a.role = :role and a.enabled = true", Account.class)
        .setParameter("role", Role.SUPERVISOR)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList()
        .stream()
        .filter(a -> a.getStatus() == AccountStatus.ACTIVE)
        .toList();
  }

  public void deactivate(Account account) {
    account.deactivate(clock.instant());
  }

  public void reactivate(Account account) {
    account.reactivate();
  }

  public void changeRole(Account account, Role role) {
    account.changeRole(role);
  }

  /** Whether that is the account's current password (a change of password asks for it). */
  public boolean isPassword(Account account, char[] password) {
    return hashing.matches(password, em.find(Account.class, account.getId()).getPasswordHash());
  }

  /**
   * Checks a login in its own transaction, so that a failure is counted even though the caller's
   * authentication fails. A login throttled for that account from that address is refused without
   * looking at the password; every refusal looks the same to the caller, and costs the same time.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public LoginOutcome login(String email, char[] password, String clientAddress) {
    Instant now = clock.instant();
    if (email == null || email.isBlank() || email.length() > 254) {
      hashing.matches(password, decoy());
      return LoginOutcome.refused(false);
    }
    String key = EmailKey.of(email);
    if (!throttles.allows(key, clientAddress, now)) {
      hashing.matches(password, decoy());
      audit.record(loginEvent(AuditAction.LOGIN_THROTTLED, email, byEmail(email), clientAddress));
      return LoginOutcome.refused(true);
    }
    Optional<Account> found = lockedForUpdate(key);
    String hash = found.map(Account::getPasswordHash).orElse(null);
    boolean matches = hashing.matches(password, hash == null ? decoy() : hash) && hash != null;
    if (!matches || !found.get().isEnabled()) {
      throttles.failed(key, clientAddress, now);
      audit.record(loginEvent(AuditAction.LOGIN_FAILED, email, found, clientAddress));
      return LoginOutcome.refused(false);
    }
    Account account = found.get();
    throttles.succeeded(key, clientAddress);
    account.loggedIn(now);
    if (hashing.outdated(hash)) {
      account.rehashed(hashing.hash(password));
    }
    audit.record(loginEvent(AuditAction.LOGIN_SUCCEEDED, email, found, clientAddress));
    return LoginOutcome.accepted(account, now);
  }

  /** A login as the trail keeps it: the account's owner, or the address typed when it has none. */
  private static AuditEvent loginEvent(
      AuditAction action, String typed, Optional<Account> account, String clientAddress) {
    AuditActor actor =
        account
            .map(a -> AuditActor.person(a.getId(), a.getDisplayName(), a.getEmail(), clientAddress))
            .orElseGet(() -> new AuditActor(null, "Adresse inconnue : " + typed, clientAddress));
    Long customerId = account.map(Account::getCustomer).map(Customer::getId).orElse(null);
    return actor.did(action, null, customerId, null);
  }

  private Optional<Account> lockedForUpdate(String emailKey) {
    return em.createQuery("select a from Account a where a.emailKey = :key", Account.class)
        .setParameter("key", emailKey)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  private String decoy() {
    if (decoyHash == null) {
      decoyHash = hashing.hash("decoy-password-never-used".toCharArray());
    }
    return decoyHash;
  }
}
