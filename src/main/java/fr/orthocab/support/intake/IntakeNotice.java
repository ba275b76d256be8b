package fr.orthocab.support.intake;

import fr.orthocab.support.customer.Language;
import fr.orthocab.support.platform.DateWords;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ResourceBundle;

/** What the desk writes to a sender about the intake of their request, in their language. */
final class IntakeNotice {
  private static final String BUNDLE = "fr.orthocab.support.intake.notices";

  private IntakeNotice() {}

  /** Asked of an unknown sender, whose language the desk cannot know: French, then English. */
  static String identificationRequest(int days) {
    return bilingual("identificationRequest", days);
  }

  /** A text for a sender whose language the desk cannot know: French, then English. */
  static String bilingual(String key, Object... arguments) {
    return text(Language.FR, key, arguments)
        + "\n\n— English —\n\n"
        + text(Language.EN, key, arguments);
  }

  /**
   * Told on each request a lapse holds: the subscription that ended and its last day in words, that
   * the request is kept and enters the queue again at the renewal, how to renew, and when it will
   * be refused without one.
   */
  static String lapse(
      Language language, String packName, LocalDate lastDay, String reference, int days) {
    return text(language, "lapse.held", packName, day(language, lastDay), reference, days);
  }

  /** Told on a new request held for the customer's renewal (ELIG-ACTIVE). */
  static String awaitingRenewal(Language language, String reference, int days) {
    return text(language, "held.renewal", reference, days);
  }

  /** Told on a new request set aside over the quota (REFUSE-SPAM). */
  static String throttled(Language language, String reference, int quota) {
    return text(language, "held.throttled", reference, quota);
  }

  static String text(Language language, String key, Object... arguments) {
    String pattern = ResourceBundle.getBundle(BUNDLE, language.locale()).getString(key);
    return new MessageFormat(pattern, language.locale()).format(arguments);
  }

  /** "lundi 1er juin 2026", "Monday 1 June 2026": French writes the first as an ordinal. */
  static String day(Language language, LocalDate day) {
    return DateWords.day(language.locale(), day);
  }
}
