package fr.orthocab.support.refusal;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.account.Actors;
import fr.orthocab.support.audit.AuditAction;
import fr.orthocab.support.audit.AuditTrail;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.policy.Clause;
import fr.orthocab.support.policy.PolicyVersions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Entry point for suspensions: a supervisor suspends a customer's support from now until a date
 * under a clause about their behaviour, and may end it early. The intake refuses the customer's new
 * requests meanwhile, each refusal telling them the clause and the supervisor's explanation.
 */
@Stateless
public class Suspensions {
  @PersistenceContext private EntityManager em;
  @Inject private PolicyVersions versions;
  @Inject private Clock clock;
  @Inject private AuditTrail trail;
  @Inject private Actors actors;

  @RolesAllowed("SUPERVISOR")
  public Suspension suspend(
      long customerId,
      @NotNull Account supervisor,
      @NotNull Clause clause,
      @NotNull Instant until,
      @NotBlank @Size(max = Suspension.MAX_EXPLANATION) String explanation) {
    Customer customer = em.find(Customer.class, customerId);
    if (customer == null) {
      throw new IllegalArgumentException("Unknown customer " + customerId);
    }
    Instant now = clock.instant();
    Suspension suspension =
        new Suspension(
            customer,
            clause,
            now,
            until,
            explanation,
            versions.inForceAt(now).orElse(null),
            supervisor,
            now);
    em.persist(suspension);
    trail.record(
        actors
            .of(supervisor)
            .did(AuditAction.SUSPENSION, null, customerId, clause.id() + " jusqu'au " + until));
    return suspension;
  }

  /** Ends the suspension now; it stays on record with who ended it and when. */
  @RolesAllowed("SUPERVISOR")
  public Suspension end(long suspensionId, @NotNull Account supervisor) {
    Suspension suspension = em.find(Suspension.class, suspensionId);
    if (suspension == null) {
      throw new IllegalArgumentException("Unknown suspension " + suspensionId);
    }
    suspension.end(supervisor, clock.instant());
    trail.record(
        actors
            .of(supervisor)
            .did(
                AuditAction.SUSPENSION_ENDED,
                null,
                suspension.getCustomer().getId(),
                suspension.getClause().id()));
    return suspension;
  }

  /** The suspension that covers a request of the customer received at that instant, if any. */
  public Optional<Suspension> coveringAt(long customerId, @NotNull Instant at) {
    return em.createQuery(
            "select s from Suspension s where s.customer.id = :customer"
                + " and s.startsAt <= :at and s.endsAt > :at order by s.decidedAt desc, s.id desc",
            Suspension.class)
        .setParameter("customer", customerId)
        .setParameter("at", at)
        .getResultStream()
        .filter(s -> s.covers(at))
        .findFirst();
  }

  /** Every suspension of the customer, the latest decided first. */
  public List<Suspension> ofCustomer(long customerId) {
    return em.createQuery(
            "select s from Suspension s left join fetch s.decidedBy left join fetch s.endedBy"
                + " where s.customer.id = :customer order by s.decidedAt desc, s.id desc",
            Suspension.class)
        .setParameter("customer", customerId)
        .getResultList();
  }
}
