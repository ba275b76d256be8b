package fr.orthocab.support.refusal;

import fr.orthocab.support.customer.Language;
import fr.orthocab.support.policy.Clause;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * What the customer is told of a refusal, in their language: the clause and its text as the policy
 * version applied words it, the version, the agent's explanation, and what they can do next.
 */
final class RefusalNotice {
  private static final String BUNDLE = "fr.orthocab.support.refusal.notices";

  private RefusalNotice() {}

  static String of(
      Clause clause, String policyLabel, String clauseText, String explanation, Language language) {
    ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, language.locale());
    return new MessageFormat(texts.getString("refused"), language.locale())
        .format(
            new Object[] {
              clause.id(),
              policyLabel,
              clauseText,
              explanation,
              texts.getString(clause.id() + ".next")
            });
  }

  static String lifted(Language language) {
    return ResourceBundle.getBundle(BUNDLE, language.locale()).getString("lifted");
  }
}
