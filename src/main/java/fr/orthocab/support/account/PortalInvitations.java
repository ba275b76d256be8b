package fr.orthocab.support.account;

import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.platform.Sha256;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Entry point for portal invitations: a customer the desk learnt about from billing gets a
 * single-use link to set their password. The token is returned once, to be put in the invitation
 * message; the database keeps its hash.
 */
@Stateless
public class PortalInvitations {
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

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
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    return em.createQuery(
            "select i from PortalInvitation i join fetch i.customer where i.tokenHash = :hash",
            PortalInvitation.class)
        .setParameter("hash", Sha256.hex(token))
        .getResultStream()
        .findFirst()
        .filter(i -> i.usableAt(clock.instant()));
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
