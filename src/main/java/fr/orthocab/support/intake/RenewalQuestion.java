package fr.orthocab.support.intake;

import fr.orthocab.support.text.Folding;
import fr.orthocab.support.ticket.TicketCategory;
import java.util.regex.Pattern;

/** Recognises an evident question about renewing a subscription, as customers type it. */
final class RenewalQuestion {
  private static final Pattern RENEWAL =
      Pattern.compile(
          "\\b(renouvel\\w*|reabonn\\w*|re-abonn\\w*|reactiv\\w* (mon |l')?abonnement"
              + "|abonnement (a |est )?(expire|termine|echu|fini|arrive a echeance)\\w*"
              + "|prolong\\w* (mon |l')?abonnement|renew\\w*|subscription (has )?expired)");

  private RenewalQuestion() {}

  /** A request about renewing: filed under that category, or saying so whatever its category. */
  static boolean isAbout(TicketCategory category, String subject, String body) {
    return category == TicketCategory.SUBSCRIPTION_RENEWAL || isAbout(subject, body);
  }

  static boolean isAbout(String subject, String body) {
    return RENEWAL.matcher(fold(subject) + "\n" + fold(body)).find();
  }

  /** Lower case without accents: customers often leave them out. */
  static String fold(String text) {
    if (text == null) {
      return "";
    }
    return Folding.caseAndAccents(text);
  }
}
