package fr.orthocab.support.admin.policy;

import fr.orthocab.support.policy.NewClauseText;
import fr.orthocab.support.policy.NewPolicyVersion;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One text of a draft that differs from the version in force: the policy's text or a clause's, in
 * one language, with its word-by-word runs. {@code what} is a message key; {@code clause} names the
 * clause, or is null for the policy's text.
 */
public record PolicyChange(String what, String clause, List<WordDiff.Run> runs)
    implements Serializable {

  /** The draft's changes against the version in force, in the form's order. */
  static List<PolicyChange> between(NewPolicyVersion inForce, NewPolicyVersion draft) {
    List<PolicyChange> changes = new ArrayList<>();
    add(changes, "admin_policy_versions.textFr", null, inForce.getTextFr(), draft.getTextFr());
    add(changes, "admin_policy_versions.textEn", null, inForce.getTextEn(), draft.getTextEn());
    Map<Object, NewClauseText> before =
        inForce.getClauseTexts().stream()
            .collect(Collectors.toMap(NewClauseText::getClause, Function.identity()));
    for (NewClauseText after : draft.getClauseTexts()) {
      NewClauseText old = before.getOrDefault(after.getClause(), new NewClauseText());
      String clause = after.getClause().id();
      add(changes, "admin_policy_versions.clauseFr", clause, old.getTextFr(), after.getTextFr());
      add(changes, "admin_policy_versions.clauseEn", clause, old.getTextEn(), after.getTextEn());
    }
    return changes;
  }

  private static void add(
      List<PolicyChange> changes, String what, String clause, String before, String after) {
    List<WordDiff.Run> runs = WordDiff.between(before, after);
    if (!runs.isEmpty()) {
      changes.add(new PolicyChange(what, clause, runs));
    }
  }
}
