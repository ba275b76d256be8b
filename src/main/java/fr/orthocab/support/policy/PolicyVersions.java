package fr.orthocab.support.policy;

import static fr.orthocab.support.platform.ClockProducer.PARIS;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.account.Actors;
import fr.orthocab.support.audit.AuditAction;
import fr.orthocab.support.audit.AuditTrail;
import fr.orthocab.support.policy.PublicationRefused.Reason;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Entry point for the policy's versions: which one is in force, which one is scheduled, and a
 * supervisor's publishing of a new one. Publishing never touches past decisions: each cites the
 * version it applied, and a new version only applies from its effective day.
 */
@Stateless
public class PolicyVersions {
  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private AuditTrail trail;
  @Inject private Actors actors;
  @Inject private ClauseTexts clauseTexts;

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

  /** The next version published to take effect after today, if any. */
  public Optional<PolicyVersion> nextScheduled() {
    return em.createQuery(
            "select p from PolicyVersion p where p.effectiveFrom > :today"
                + " order by p.effectiveFrom",
            PolicyVersion.class)
        .setParameter("today", today())
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** Every version, the latest effective first. */
  public List<PolicyVersion> all() {
    return em.createQuery(
            "select p from PolicyVersion p order by p.effectiveFrom desc", PolicyVersion.class)
        .getResultList();
  }

  public Optional<PolicyVersion> find(long id) {
    return Optional.ofNullable(em.find(PolicyVersion.class, id));
  }

  /** A draft of the next version: the version in force's texts, to edit, from tomorrow. */
  public NewPolicyVersion draft() {
    NewPolicyVersion draft = new NewPolicyVersion();
    draft.setLabel(suggestedLabel());
    draft.setEffectiveFrom(today().plusDays(1));
    Optional<PolicyVersion> current = inForce();
    current.ifPresent(
        v -> {
          draft.setTextFr(v.getTextFr());
          draft.setTextEn(v.getTextEn());
        });
    Map<Clause, ClauseText> texts = current.map(clauseTexts::of).orElse(Map.of());
    for (Clause clause : Clause.values()) {
      ClauseText text = texts.get(clause);
      draft
          .getClauseTexts()
          .add(
              new NewClauseText(
                  clause,
                  text == null ? null : text.getTextFr(),
                  text == null ? null : text.getTextEn()));
    }
    return draft;
  }

  /**
   * Publishes a version from its effective day on. Refused for a day in the past, a day or a label
   * another version has, or a clause left without its French text.
   */
  @RolesAllowed("SUPERVISOR")
  public PolicyVersion publish(
      @NotNull @Valid NewPolicyVersion draft, @NotNull Account supervisor) {
    if (!NotInThePastValidator.notInThePast(draft.getEffectiveFrom(), clock)) {
      throw new PublicationRefused(Reason.EFFECTIVE_DATE_PAST);
    }
    if (count("p.effectiveFrom = :value", draft.getEffectiveFrom()) > 0) {
      throw new PublicationRefused(Reason.EFFECTIVE_DATE_TAKEN);
    }
    String label = draft.getLabel().strip();
    if (count("p.label = :value", label) > 0) {
      throw new PublicationRefused(Reason.LABEL_TAKEN);
    }
    Set<Clause> worded = EnumSet.noneOf(Clause.class);
    draft.getClauseTexts().forEach(t -> worded.add(t.getClause()));
    if (!worded.equals(EnumSet.allOf(Clause.class))
        || worded.size() != draft.getClauseTexts().size()) {
      throw new PublicationRefused(Reason.CLAUSE_TEXT_MISSING);
    }
    PolicyVersion version =
        new PolicyVersion(
            label,
            draft.getEffectiveFrom(),
            draft.getTextFr(),
            draft.getTextEn(),
            supervisor.getDisplayName(),
            clock.instant());
    em.persist(version);
    for (NewClauseText text : draft.getClauseTexts()) {
      em.persist(new ClauseText(version, text.getClause(), text.getTextFr(), text.getTextEn()));
    }
    trail.record(
        actors
            .of(supervisor)
            .did(
                AuditAction.POLICY_PUBLISHED,
                "version " + label + ", en vigueur le " + draft.getEffectiveFrom()));
    return version;
  }

  /** The next whole number after the numbered labels, "2" after "1". */
  String suggestedLabel() {
    return String.valueOf(
        em.createQuery("select p.label from PolicyVersion p", String.class)
                .getResultStream()
                .filter(l -> l.matches("\\d{1,9}"))
                .mapToInt(Integer::parseInt)
                .max()
                .orElse(0)
            + 1);
  }

  private long count(String condition, Object value) {
    return em.createQuery("select count(p) from PolicyVersion p where " + condition, Long.class)
        .setParameter("value", value)
        .getSingleResult();
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(PARIS));
  }
}
