package fr.orthocab.support.erasure;

import fr.orthocab.support.audit.AuditAction;
import fr.orthocab.support.audit.AuditActor;
import fr.orthocab.support.audit.AuditTrail;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.EmailKey;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Entry point of the erasures: a customer's identifying data destroyed or pseudonymised in one
 * transaction, their row locked so that two erasures of the same customer follow one another and
 * the second finds the first done. Callers check that a supervisor asks.
 */
@Stateless
public class CustomerErasures {
  /** The longest reason the audit trail keeps beside the pseudonym. */
  public static final int MAX_REASON = 400;

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private AuditTrail trail;

  /**
   * Erases the customer when the email typed is theirs (case and spaces aside), as the supervisors'
   * page asks.
   *
   * @throws EmailNotConfirmed when it is not
   */
  public ErasureOutcome eraseConfirmed(
      @NotNull AuditActor actor,
      long customerId,
      @NotBlank @Size(max = MAX_REASON) String reason,
      @NotBlank String typedEmail) {
    Customer customer = locked(customerId);
    if (!customer.isErased() && !EmailKey.of(typedEmail).equals(EmailKey.of(customer.getEmail()))) {
      throw new EmailNotConfirmed();
    }
    return erase(actor, customer, reason);
  }

  /** Erases the customer; one already erased is left as it is. */
  public ErasureOutcome erase(
      @NotNull AuditActor actor, long customerId, @NotBlank @Size(max = MAX_REASON) String reason) {
    return erase(actor, locked(customerId), reason);
  }

  private ErasureOutcome erase(AuditActor actor, Customer customer, String reason) {
    if (customer.isErased()) {
      return ErasureOutcome.ALREADY_ERASED;
    }
    Identity was =
        new Identity(customer.getEmail(), customer.getSurname(), customer.getFirstName());
    customer.erase(clock.instant());
    Identity now =
        new Identity(customer.getEmail(), customer.getSurname(), customer.getFirstName());
    em.flush();
    new ErasedRows(em, customer.getId(), was, now).erase();
    trail.record(
        actor.did(
            AuditAction.CUSTOMER_ERASED,
            null,
            customer.getId(),
            customer.fullName() + " : " + was.replacedBy(now, reason.strip())));
    em.flush();
    em.getEntityManagerFactory().getCache().evictAll();
    return ErasureOutcome.ERASED;
  }

  private Customer locked(long customerId) {
    Customer customer = em.find(Customer.class, customerId, LockModeType.PESSIMISTIC_WRITE);
    if (customer == null) {
      throw new NoSuchElementException("No customer " + customerId);
    }
    return customer;
  }

  /** A customer's names and email, as they were or as the pseudonym reads. */
  record Identity(String email, String surname, String firstName) {
    String fullName() {
      return firstName + " " + surname;
    }

    /** The text with this identity's email and names, in any case, replaced by the other's. */
    String replacedBy(Identity other, String text) {
      return text.replaceAll("(?i)" + Pattern.quote(email), Matcher.quoteReplacement(other.email))
          .replaceAll("(?i)" + Pattern.quote(surname), Matcher.quoteReplacement(other.surname))
          .replaceAll("(?i)" + Pattern.quote(firstName), Matcher.quoteReplacement(other.firstName));
    }
  }
}
