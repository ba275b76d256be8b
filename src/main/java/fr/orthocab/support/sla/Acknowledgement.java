package fr.orthocab.support.sla;

import fr.orthocab.support.customer.Language;
import fr.orthocab.support.sla.calendar.DeadlineWording;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The message that tells a customer their request entered the queue, with the objective and the
 * contractual deadline in words, in their language ("au plus tard le jeudi 14 mai 2026 à minuit").
 */
final class Acknowledgement {
  private static final String BUNDLE = "fr.orthocab.support.sla.notices";

  private Acknowledgement() {}

  static String of(String reference, SlaClock clock, Language language) {
    ServiceLevel policy = clock.getPolicy();
    boolean english = language == Language.EN;
    String pattern =
        ResourceBundle.getBundle(BUNDLE, language.locale()).getString("acknowledgement");
    return new MessageFormat(pattern, language.locale())
        .format(
            new Object[] {
              reference,
              SlaWording.openingTime(policy.getObjectiveMinutes()),
              english
                  ? DeadlineWording.en(clock.getObjectiveDueAt())
                  : DeadlineWording.fr(clock.getObjectiveDueAt()),
              english
                  ? DeadlineWording.en(clock.getDeadlineDueAt())
                  : DeadlineWording.fr(clock.getDeadlineDueAt()),
              String.valueOf(policy.getDeadlineDays())
            });
  }
}
