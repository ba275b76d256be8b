package fr.orthocab.support.intake;

import fr.orthocab.support.customer.Language;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** What the desk writes to a sender about the intake of their request, in their language. */
final class IntakeNotice {
  private static final String BUNDLE = "fr.orthocab.support.intake.notices";

  private IntakeNotice() {}

  /** Asked of an unknown sender, whose language the desk cannot know: French, then English. */
  static String identificationRequest(int days) {
    return text(Language.FR, "identificationRequest", days)
        + "\n\n— English —\n\n"
        + text(Language.EN, "identificationRequest", days);
  }

  static String text(Language language, String key, int days) {
    String pattern = ResourceBundle.getBundle(BUNDLE, language.locale()).getString(key);
    return new MessageFormat(pattern, language.locale()).format(new Object[] {days});
  }
}
