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
import java.time.Instant;
import java.util.Objects;

/** A login: a customer's (tied to its Customer) or a member of the support team's. */
@Entity
@Table(name = "account")
public class Account implements Serializable {
  private static final long serialVersionUID = 1L;

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

  /** Null until the owner of an invited account chooses a password. */
  @Column(name = "password_hash")
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false)
  private Role role;

  @Column(name = "enabled", nullable = false)
  private boolean enabled;

  @OneToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "customer_id", unique = true)
  private Customer customer;

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  /**
   * Sessions that logged in before this instant have ended: set when the password changes and when
   * the account is deactivated, checked on every request of a session (see {@link SessionLogin}).
   */
  @Column(name = "sessions_valid_from")
  private Instant sessionsValidFrom;

  protected Account() {}

  private Account(String email, String displayName, String passwordHash, Role role) {
    this.email = Objects.requireNonNull(email, "email").trim();
    this.emailKey = EmailKey.of(email);
    this.displayName = Objects.requireNonNull(displayName, "displayName").strip();
    if (this.displayName.isEmpty()) {
      throw new IllegalArgumentException("An account needs a name");
    }
    this.passwordHash = passwordHash;
    this.role = Objects.requireNonNull(role, "role");
    this.enabled = true;
  }

  public static Account forCustomer(Customer customer, String passwordHash) {
    Account account =
        new Account(
            customer.getEmail(),
            customer.fullName(),
            Objects.requireNonNull(passwordHash, "passwordHash"),
            Role.CUSTOMER);
    account.customer = customer;
    return account;
  }

  /** A member of the support team; with no password yet when invited (a null hash). */
  public static Account forStaff(String email, String displayName, String hash, Role role) {
    if (!role.isStaff()) {
      throw new IllegalArgumentException("A customer account must be tied to its customer");
    }
    return new Account(email, displayName, hash, role);
  }

  void loggedIn(Instant now) {
    lastLoginAt = now;
  }

  /** The same password, hashed again with today's iteration count. */
  void rehashed(String hash) {
    passwordHash = Objects.requireNonNull(hash, "hash");
  }

  /** A new password, chosen by the account's owner: every other session of theirs ends. */
  void passwordChosen(String hash, Instant now) {
    passwordHash = Objects.requireNonNull(hash, "hash");
    sessionsValidFrom = now;
  }

  /** The account can no longer log in, and its open sessions end at their next request. */
  void deactivate(Instant now) {
    enabled = false;
    sessionsValidFrom = now;
  }

  void reactivate() {
    enabled = true;
  }

  void changeRole(Role newRole) {
    if (!role.isStaff() || !Objects.requireNonNull(newRole, "newRole").isStaff()) {
      throw new IllegalArgumentException("Only staff roles change, and only to a staff role");
    }
    role = newRole;
  }

  /** Whether a session that logged in at that instant still holds. */
  public boolean sessionValid(Instant loggedInAt) {
    return enabled
        && (sessionsValidFrom == null
            || loggedInAt == null
            || !loggedInAt.isBefore(sessionsValidFrom));
  }

  /**
   * Whether requests can be given to this account: an agent or a supervisor who has chosen their
   * password and is not deactivated.
   */
  public boolean canTakeRequests() {
    return role.isStaff() && getStatus() == AccountStatus.ACTIVE;
  }

  public AccountStatus getStatus() {
    if (!enabled) {
      return AccountStatus.DEACTIVATED;
    }
    return passwordHash == null ? AccountStatus.INVITED : AccountStatus.ACTIVE;
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

  public Instant getLastLoginAt() {
    return lastLoginAt;
  }
}
