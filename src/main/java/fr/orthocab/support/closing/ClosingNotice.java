package fr.orthocab.support.closing;

import fr.orthocab.support.customer.Language;
import fr.orthocab.support.platform.ClockProducer;
import fr.orthocab.support.platform.DateWords;
import fr.orthocab.support.ticket.Ticket;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.ResourceBundle;

/** What the desk writes to a customer about closing, in their language (French the reference). */
final class ClosingNotice {
  private static final String BUNDLE = "fr.orthocab.support.closing.notices";
  private static final int MAX_SUBJECT = 200;

  private ClosingNotice() {}

  /** The subject of a new request following an earlier one: "Suite de OC-1234 : …". */
  static String followUpSubject(Ticket earlier) {
    String subject =
        text(
            earlier.requesterLanguage(),
            "followUp.subject",
            earlier.getReference(),
            earlier.getSubject());
    return subject.length() <= MAX_SUBJECT
        ? subject
        : subject.substring(0, MAX_SUBJECT - 1).strip() + "…";
  }

  /** "Sans nouvelles de votre part, cette demande sera close le …". */
  static String autoCloseWarning(Ticket ticket, Instant closesAt, int days) {
    Language language = ticket.requesterLanguage();
    String day =
        DateWords.day(language.locale(), closesAt.atZone(ClockProducer.PARIS).toLocalDate());
    return text(language, "autoClose.warning", ticket.getReference(), day, days);
  }

  static String text(Language language, String key, Object... arguments) {
    String pattern = ResourceBundle.getBundle(BUNDLE, language.locale()).getString(key);
    return new MessageFormat(pattern, language.locale()).format(arguments);
  }
}
