package fr.orthocab.support.customer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Entry point for customers. */
@Stateless
public class Customers {
  @PersistenceContext private EntityManager em;

  public Optional<Customer> byId(long id) {
    return Optional.ofNullable(em.find(Customer.class, id));
  }

  /**
   * The customer, their row locked until the transaction ends: what changes with their coverage (a
   * lapse, a renewal) takes this lock first, so that one waits for the other and then sees it.
   */
  public Optional<Customer> lockedById(long id) {
    return Optional.ofNullable(em.find(Customer.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public Optional<Customer> byEmail(String email) {
    return em.createQuery("select c from Customer c where c.emailKey = :key", Customer.class)
        .setParameter("key", EmailKey.of(email))
        .getResultStream()
        .findFirst();
  }

  /**
   * The customer with that email address, their row locked until the transaction ends (as {@link
   * #lockedById} locks it), read once for a change of their coverage.
   */
  public Optional<Customer> lockedByEmail(String email) {
    return em.createQuery("select c from Customer c where c.emailKey = :key", Customer.class)
        .setParameter("key", EmailKey.of(email))
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  public Customer register(Customer customer) {
    em.persist(customer);
    return customer;
  }

  /**
   * Whether mail to the customer carries links to the portal instead of message content (health
   * data): true, false, or null for the desk's default (an agent's choice).
   */
  @RolesAllowed({"AGENT", "SUPERVISOR"})
  public void chooseMailLinksOnly(long customerId, Boolean linksOnly) {
    byId(customerId).ifPresent(c -> c.mailLinksOnly(linksOnly));
  }

  public void preferLanguage(long customerId, Language language) {
    byId(customerId).ifPresent(c -> c.preferLanguage(language));
  }
}
