package fr.orthocab.support.satisfaction;

import fr.orthocab.support.customer.Language;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The satisfaction mail's words, in the customer's language (French the reference). */
final class SatisfactionText {
  private static final String BUNDLE = "fr.orthocab.support.satisfaction.mails";

  private SatisfactionText() {}

  static String subject(Language language, String reference) {
    return text(language, "subject", reference);
  }

  /**
   * @param link the personal link, to which each answer adds its vote
   */
  static String mailBody(Language language, String reference, String link, String portal) {
    return text(language, "body", reference, link + "&vote=GOOD", link + "&vote=BAD", portal);
  }

  private static String text(Language language, String key, Object... arguments) {
    String pattern = ResourceBundle.getBundle(BUNDLE, language.locale()).getString(key);
    return new MessageFormat(pattern, language.locale()).format(arguments);
  }
}
