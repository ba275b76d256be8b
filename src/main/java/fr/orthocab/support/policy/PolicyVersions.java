package fr.orthocab.support.policy;

import static fr.orthocab.support.platform.ClockProducer.PARIS;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Entry point for the policy's versions. */
@Stateless
public class PolicyVersions {
  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /** The version in force at that instant: the latest whose effective day (Paris) has begun. */
  public Optional<PolicyVersion> inForceAt(Instant instant) {
    return em.createQuery(
            "select p from PolicyVersion p where p.effectiveFrom <= :day"
                + " order by p.effectiveFrom desc",
            PolicyVersion.class)
        .setParameter("day", instant.atZone(PARIS).toLocalDate())
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  public Optional<PolicyVersion> inForce() {
    return inForceAt(clock.instant());
  }
}
