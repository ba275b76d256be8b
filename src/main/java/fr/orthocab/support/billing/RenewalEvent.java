package fr.orthocab.support.billing;

import fr.orthocab.support.api.JsonInput;
import fr.orthocab.support.customer.Language;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * A renewal as billing states it. Read from the raw body only after its signature held; a 400 lists
 * every missing or malformed field at once.
 */
public record RenewalEvent(
    String eventId,
    Instant occurredAt,
    String email,
    String surname,
    String firstName,
    Language language,
    String pack,
    LocalDate periodStart,
    LocalDate periodEnd) {

  /**
   * @throws fr.orthocab.support.api.ProblemException 400 for invalid JSON or fields
   */
  public static RenewalEvent parse(byte[] body) {
    JsonInput json = JsonInput.read(new ByteArrayInputStream(body));
    String eventId = json.text("eventId", true, BillingEvent.MAX_ID);
    OffsetDateTime occurredAt = json.instant("occurredAt", true);
    JsonInput customer = json.object("customer", true);
    String email = customer.email("email", true);
    String surname = customer.text("surname", true, 100);
    String firstName = customer.text("firstName", true, 100);
    String language = customer.text("language", false, 5);
    if (language != null && !language.matches("(?i)fr|en")) {
      customer.reject("language", "must be fr or en");
    }
    JsonInput subscription = json.object("subscription", true);
    String pack = subscription.text("pack", true, 40);
    LocalDate start = subscription.date("periodStart", true);
    LocalDate end = subscription.date("periodEnd", true);
    json.check();
    return new RenewalEvent(
        eventId,
        occurredAt.toInstant(),
        email,
        surname,
        firstName,
        Language.fromCode(language),
        pack.toUpperCase(Locale.ROOT),
        start,
        end);
  }
}
