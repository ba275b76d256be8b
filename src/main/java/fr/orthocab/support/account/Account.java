package fr.orthocab.support.account;

import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.EmailKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A login: a customer's (tied to its Customer) or a member of the support team's. */
@Entity
@Table(name = "account")
public class Account implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The shortest password a person may choose (the demo and staff accounts predate the rule). */
  public static final int MIN_PASSWORD_LENGTH = 10;

  public static final int MAX_PASSWORD_LENGTH = 200;

  @Id
  @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
  private Long id;

  @Column(name = "email", nullable = false)
  private String email;

  @Column(name = "email_key", nullable = false, unique = true)
  private String emailKey;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false)
  private Role role;

  @Column(name = "enabled", nullable = false)
  private boolean enabled;

  @OneToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "customer_id", unique = true)
  private Customer customer;

  @Column(name = "failed_logins", nullable = false)
  private int failedLogins;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  protected Account() {}

  private Account(String email, String displayName, String passwordHash, Role role) {
    this.email = Objects.requireNonNull(email, "email").trim();
    this.emailKey = EmailKey.of(email);
    this.displayName = Objects.requireNonNull(displayName, "displayName");
    this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    this.role = Objects.requireNonNull(role, "role");
    this.enabled = true;
  }

  public static Account forCustomer(Customer customer, String passwordHash) {
    Account account =
        new Account(customer.getEmail(), customer.fullName(), passwordHash, Role.CUSTOMER);
    account.customer = customer;
    return account;
  }

  public static Account forStaff(String email, String displayName, String hash, Role role) {
    if (!role.isStaff()) {
      throw new IllegalArgumentException("A customer account must be tied to its customer");
    }
    return new Account(email, displayName, hash, role);
  }

  public boolean lockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /** Counts a failed login; past the limit, the account is locked for the given time. */
  void loginFailed(Instant now, int maxFailures, Duration lock) {
    failedLogins++;
    if (failedLogins >= maxFailures) {
      lockedUntil = now.plus(lock);
      failedLogins = 0;
    }
  }

  void loggedIn(Instant now) {
    failedLogins = 0;
    lockedUntil = null;
    lastLoginAt = now;
  }

  /** A new password, chosen by the account's owner: the failures counted so far no longer count. */
  void passwordChosen(String hash) {
    passwordHash = Objects.requireNonNull(hash, "hash");
    failedLogins = 0;
    lockedUntil = null;
  }

  public void disable() {
    enabled = false;
  }

  public Long getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public String getDisplayName() {
    return displayName;
  }

  String getPasswordHash() {
    return passwordHash;
  }

  public Role getRole() {
    return role;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Customer getCustomer() {
    return customer;
  }

  public int getFailedLogins() {
    return failedLogins;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }

  public Instant getLastLoginAt() {
    return lastLoginAt;
  }
}
