package fr.orthocab.support.account;

import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.platform.Sha256;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Entry point for portal invitations: a customer the desk learnt about from billing gets a
 * single-use link to set their password, and accepting it opens their portal account. The token is
 * returned once, to be put in the invitation message; the database keeps its hash.
 */
@Stateless
public class PortalInvitations {
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private Accounts accounts;

  /** A new invitation for that customer; answers the token of its link. */
  public String invite(Customer customer) {
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    em.persist(new PortalInvitation(customer, Sha256.hex(token), clock.instant()));
    return token;
  }

  /** The invitation of that token, if it can still be used now. */
  public Optional<PortalInvitation> usable(String token) {
    return byToken(token, LockModeType.NONE).filter(i -> i.usableAt(clock.instant()));
  }

  /**
   * Uses the invitation of that token to set the customer's portal password: opens their account,
   * or sets the password of the one they have. The invitation's row is locked before it is checked,
   * so that of two simultaneous acceptances the second sees it used and is refused.
   *
   * @throws InvitationUnusable for an unknown, used or expired token
   * @throws IllegalArgumentException for a password shorter than {@link
   *     Account#MIN_PASSWORD_LENGTH} or longer than {@link Account#MAX_PASSWORD_LENGTH}
   */
  public Account accept(String token, char[] password) {
    if (password == null
        || password.length < Account.MIN_PASSWORD_LENGTH
        || password.length > Account.MAX_PASSWORD_LENGTH) {
      throw new IllegalArgumentException("A password has 10 to 200 characters");
    }
    Instant now = clock.instant();
    PortalInvitation invitation =
        byToken(token, LockModeType.PESSIMISTIC_WRITE)
            .filter(i -> i.usableAt(now))
            .orElseThrow(InvitationUnusable::new);
    invitation.use(now);
    Customer customer = invitation.getCustomer();
    Optional<Account> existing = accounts.ofCustomer(customer);
    if (existing.isPresent()) {
      accounts.choosePassword(existing.get(), password);
      return existing.get();
    }
    return accounts.openForCustomer(customer, password);
  }

  private Optional<PortalInvitation> byToken(String token, LockModeType lock) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    // no join under a lock: FOR UPDATE takes the invitation's row alone, not the customer's
    String jpql =
        lock == LockModeType.NONE
            ? "select i from PortalInvitation i join fetch i.customer where i.tokenHash = :hash"
            : "select i from PortalInvitation i where i.tokenHash = :hash";
    return em.createQuery(jpql, PortalInvitation.class)
        .setParameter("hash", Sha256.hex(token))
        .setLockMode(lock)
        .getResultStream()
        .findFirst();
  }

  public List<PortalInvitation> of(long customerId) {
    return em.createQuery(
            "select i from PortalInvitation i where i.customer.id = :customer"
                + " order by i.createdAt desc",
            PortalInvitation.class)
        .setParameter("customer", customerId)
        .getResultList();
  }
}
