package fr.orthocab.support.sla;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.account.Actors;
import fr.orthocab.support.audit.AuditAction;
import fr.orthocab.support.audit.AuditTrail;
import fr.orthocab.support.sla.calendar.SlaPolicy;
import fr.orthocab.support.subscription.Pack;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The SLA policies in force, one per pack plus a default, and their changes by supervisors. A
 * change supersedes the pack's policy: clocks already started keep theirs.
 */
@Stateless
public class ServiceLevels {
  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private AuditTrail trail;
  @Inject private Actors actors;

  /** The policies in force: the default first, then by pack code. */
  public List<ServiceLevel> inForce() {
    return em
        .createQuery(
            "select s from ServiceLevel s where s.supersededAt is null", ServiceLevel.class)
        .getResultList()
        .stream()
        .sorted(
            Comparator.comparing(
                (ServiceLevel s) -> s.getPack() == null ? "" : s.getPack().getCode()))
        .toList();
  }

  /** The policy for a request from a customer covered by that pack (null: by none). */
  public ServiceLevel forPack(Pack pack) {
    List<ServiceLevel> candidates =
        pack == null
            ? current(null).stream().toList()
            : em.createQuery(
                    "select s from ServiceLevel s left join fetch s.pack where s.supersededAt is null"
                        + " and (s.pack is null or s.pack.id = :pack)",
                    ServiceLevel.class)
                .setParameter("pack", pack.getId())
                .getResultList();
    return candidates.stream()
        .filter(s -> s.getPack() != null)
        .findFirst()
        .or(() -> candidates.stream().filter(s -> s.getPack() == null).findFirst())
        .orElseThrow(() -> new IllegalStateException("No default SLA policy in force"));
  }

  /** Sets the policy of a pack (null: the default) from now on; the previous one is kept. */
  @RolesAllowed("SUPERVISOR")
  public ServiceLevel change(Long packId, @NotNull SlaPolicy policy, @NotNull Account supervisor) {
    Pack pack = packId == null ? null : em.find(Pack.class, packId);
    if (packId != null && pack == null) {
      throw new IllegalArgumentException("Unknown pack " + packId);
    }
    Instant now = clock.instant();
    current(packId).ifPresent(previous -> previous.supersede(now));
    ServiceLevel next = new ServiceLevel(pack, policy, supervisor, now);
    em.persist(next);
    trail.record(
        actors
            .of(supervisor)
            .did(
                AuditAction.SLA_SETTINGS_CHANGED,
                "délais "
                    + (pack == null ? "par défaut" : pack.getCode())
                    + " : objectif "
                    + policy.objective()
                    + ", maximum "
                    + policy.deadlineDays()
                    + " j"));
    return next;
  }

  private Optional<ServiceLevel> current(Long packId) {
    var query =
        packId == null
            ? em.createQuery(
                "select s from ServiceLevel s where s.pack is null and s.supersededAt is null",
                ServiceLevel.class)
            : em.createQuery(
                    "select s from ServiceLevel s where s.pack.id = :pack and s.supersededAt is null",
                    ServiceLevel.class)
                .setParameter("pack", packId);
    return query.setMaxResults(1).getResultList().stream().findFirst();
  }
}
