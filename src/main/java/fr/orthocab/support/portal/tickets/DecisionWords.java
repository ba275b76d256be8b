package fr.orthocab.support.portal.tickets;

import fr.orthocab.support.platform.DateWords;
import fr.orthocab.support.policy.Outcome;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Words a customer understands for a decision on their request: "Votre abonnement Pack Télésoin est
 * actif : votre demande est traitée en priorité", rather than the clause id and an outcome. The
 * wording is the bundle's {@code decision.<CLAUSE>.<OUTCOME>} (with {@code .normal} for a priority
 * taken away, {@code .away} for the request merged into another, {@code .short} when a fact it
 * names is unknown), else the outcome's own {@code decision.any.<OUTCOME>}; holds and refusals add
 * what the customer can do ({@code .todo}).
 */
public final class DecisionWords {
  static final String BUNDLE = "fr.orthocab.support.i18n.messages";

  private DecisionWords() {}

  public static PlainDecision of(DecisionFacts facts, Locale locale) {
    ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
    String base = key(facts);
    String key = base;
    Object[] arguments = arguments(facts, locale);
    if (Arrays.asList(arguments).contains(null)) {
      key = key + ".short";
      arguments = new Object[0];
    }
    if (!texts.containsKey(key)) {
      key = "decision.any." + facts.outcome().name();
      arguments = new Object[0];
    }
    String sentence = format(texts, key, locale, arguments);
    if (facts.objectiveMinutes() != null && showsObjective(facts)) {
      sentence += " " + objective(texts, locale, facts.objectiveMinutes());
    }
    String todo =
        texts.containsKey(base + ".todo")
            ? format(texts, base + ".todo", locale, facts.renewalDays())
            : null;
    return new PlainDecision(sentence, todo, stops(facts.outcome()));
  }

  /** Holds and refusals stop a request until someone acts. */
  public static boolean stops(Outcome outcome) {
    return outcome == Outcome.HELD || outcome == Outcome.THROTTLED || outcome == Outcome.REFUSED;
  }

  static String key(DecisionFacts facts) {
    String key = "decision." + facts.clause().name() + "." + facts.outcome().name();
    return switch (facts.clause()) {
      case SCOPE_PRIORITY -> facts.priority() ? key : key + ".normal";
      // the priority's own sentence names the pack: said once is enough
      case ELIG_ACTIVE ->
          facts.outcome() == Outcome.ACCEPTED && facts.priority() ? key + ".short" : key;
      case DUP_COMMENT -> facts.mergedAway() ? key + ".away" : key;
      default -> key;
    };
  }

  private static Object[] arguments(DecisionFacts facts, Locale locale) {
    return switch (facts.clause()) {
      case ELIG_ACTIVE ->
          switch (facts.outcome()) {
            case ACCEPTED -> facts.priority() ? new Object[0] : new Object[] {facts.packName()};
            case HELD ->
                new Object[] {
                  facts.packName(),
                  facts.lapsedOn() == null ? null : DateWords.day(locale, facts.lapsedOn())
                };
            default -> new Object[0];
          };
      case SCOPE_PRIORITY -> facts.priority() ? new Object[] {facts.packName()} : new Object[0];
      default -> new Object[0];
    };
  }

  /** The reply objective goes with the decisions that say how the request is handled. */
  private static boolean showsObjective(DecisionFacts facts) {
    return switch (facts.clause()) {
      case SCOPE_PRIORITY -> facts.outcome() == Outcome.PRIORITISED && facts.priority();
      case ELIG_ACTIVE -> facts.outcome() == Outcome.ACCEPTED && !facts.priority();
      default -> false;
    };
  }

  private static String objective(ResourceBundle texts, Locale locale, int minutes) {
    return minutes % 60 == 0
        ? format(texts, "decision.objectiveHours", locale, minutes / 60)
        : format(texts, "decision.objectiveMinutes", locale, minutes);
  }

  /** A text without arguments is no MessageFormat pattern: its apostrophes are single. */
  private static String format(
      ResourceBundle texts, String key, Locale locale, Object... arguments) {
    try {
      String text = texts.getString(key);
      return text.contains("{0}") ? new MessageFormat(text, locale).format(arguments) : text;
    } catch (MissingResourceException e) {
      throw new IllegalStateException("No wording " + key, e);
    }
  }
}
