package fr.orthocab.support.policy;

import fr.orthocab.support.customer.Language;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Entry point for the clauses' texts as each policy version words them: a decision is shown with
 * the text of the version it applied, never a later one.
 */
@Stateless
public class ClauseTexts {
  /** Shown for a decision taken before the first version of the policy, which had no text. */
  public static final String NONE = "—";

  @PersistenceContext private EntityManager em;

  /** The version's text of every clause it words. */
  public Map<Clause, ClauseText> of(PolicyVersion version) {
    Map<Clause, ClauseText> texts = new EnumMap<>(Clause.class);
    em.createQuery(
            "select t from ClauseText t where t.policyVersion.id = :version", ClauseText.class)
        .setParameter("version", version.getId())
        .getResultList()
        .forEach(t -> texts.put(t.getClause(), t));
    return texts;
  }

  /** The clause's text in that version and language (French when untranslated). */
  public String text(PolicyVersion version, Clause clause, Language language) {
    if (version == null) {
      return NONE;
    }
    ClauseText text = of(version).get(clause);
    return text == null ? NONE : text.text(language);
  }

  /** Each decision's clause text, from the version it applied, by decision id. */
  public Map<Long, String> ofDecisions(List<Decision> decisions, Language language) {
    List<Long> versionIds =
        decisions.stream()
            .map(Decision::getPolicyVersion)
            .filter(Objects::nonNull)
            .map(PolicyVersion::getId)
            .distinct()
            .toList();
    Map<Long, Map<Clause, ClauseText>> byVersion = new HashMap<>();
    if (!versionIds.isEmpty()) {
      em.createQuery(
              "select t from ClauseText t where t.policyVersion.id in :versions", ClauseText.class)
          .setParameter("versions", versionIds)
          .getResultList()
          .forEach(
              t ->
                  byVersion
                      .computeIfAbsent(
                          t.getPolicyVersion().getId(), v -> new EnumMap<>(Clause.class))
                      .put(t.getClause(), t));
    }
    Map<Long, String> texts = new HashMap<>();
    for (Decision d : decisions) {
      ClauseText text =
          d.getPolicyVersion() == null
              ? null
              : byVersion.getOrDefault(d.getPolicyVersion().getId(), Map.of()).get(d.getClause());
      texts.put(d.getId(), text == null ? NONE : text.text(language));
    }
    return texts;
  }
}
