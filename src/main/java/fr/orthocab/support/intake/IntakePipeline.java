package fr.orthocab.support.intake;

import java.util.List;

/**
 * The rules in their fixed order (architecture.md): identification, a suspension of the customer's
 * support (which refuses the request and ends the run), throttling, eligibility, external products,
 * duplicates, language, priority. Identification comes with the ticket API and email.
 */
final class IntakePipeline {
  private final List<IntakeRule> rules =
      List.of(
          new SuspensionRule(),
          new QuotaRule(),
          new EligibilityRule(),
          new ExternalProductsRule(),
          new DuplicatesRule(),
          new LanguageRule(),
          new PriorityRule());

  Verdict evaluate(IntakeFacts facts) {
    Verdict verdict = new Verdict();
    for (IntakeRule rule : rules) {
      rule.apply(facts, verdict);
      if (verdict.isRefused()) {
        break;
      }
    }
    return verdict;
  }
}
