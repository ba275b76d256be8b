package fr.orthocab.support.secrets;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;

/**
 * Claims the one warning a customer gets, in a transaction of its own: two first maskings at once
 * (a request and a comment) race on the customer's key, and the loser must not roll back the
 * customer's request with it, only learn that the customer is told already.
 */
@Stateless
public class SecretWarnings {
  @PersistenceContext private EntityManager em;

  /** Whether this call claimed the warning (the customer is to be told now). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean claim(long customerId, Instant at) {
    if (em.find(SecretWarning.class, customerId) != null) {
      return false;
    }
    try {
      em.persist(new SecretWarning(customerId, at));
      em.flush();
      return true;
    } catch (PersistenceException raced) {
      return false;
    }
  }
}
