package fr.orthocab.support.admin.billing;

import fr.orthocab.support.web.Pages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A logged delivery's error in the supervisor's language. The log keeps the detail the webhook
 * answered the billing system with, in the API's English; each detail the desk can answer has a key
 * here (its variable parts passed on), and an unknown one is shown as it was answered.
 */
@Named("billingErrors")
@ApplicationScoped
public class BillingErrorWording {
  private record Wording(Pattern answered, String key) {}

  private static final List<Wording> WORDINGS =
      List.of(
          of("The renewal webhook has no secret configured yet\\.", "noSecret"),
          of("Send the event as application/json\\.", "notJson"),
          of("The event is larger than (\\d+) KiB\\.", "tooLarge"),
          of("The body could not be read\\.", "unreadable"),
          of("The body is empty\\.", "empty"),
          of("The body is not valid JSON\\.", "invalidJson"),
          of("The body must hold one JSON object and nothing after it\\.", "trailing"),
          of("The body must be a JSON object\\.", "notObject"),
          of("A key of the body is longer than (\\d+) characters\\.", "keyTooLong"),
          of("The body names \"(.*)\" twice\\.", "duplicateKey"),
          of("The body is nested deeper than (\\d+) levels\\.", "tooDeep"),
          of("A string of the body is longer than (\\d+) characters\\.", "stringTooLong"),
          of("A number of the body is longer than (\\d+) characters\\.", "numberTooLong"),
          of("A number of the body is out of range\\.", "numberOutOfRange"),
          of("The request has invalid or missing fields\\.", "invalidFields"),
          of("The renewal cannot be applied: unknown pack (.*)\\.", "unknownPack"),
          of("The renewal cannot be applied: ends before the period starts\\.", "endsBeforeStart"),
          of("The renewal cannot be applied: (.*)\\.", "notApplicable"),
          of("The renewal could not be applied; retry later\\.", "notApplied"),
          of(
              "Event (.*) was applied with a different body; it is not applied again\\.",
              "conflict"));

  private static Wording of(String answered, String key) {
    return new Wording(Pattern.compile(answered, Pattern.DOTALL), "billing.error." + key);
  }

  /** The error in the supervisor's language; null for none. */
  public String of(String error) {
    return error == null ? null : in(error, null);
  }

  /** The error in that language (null: the supervisor's). */
  static String in(String error, Locale locale) {
    for (Wording wording : WORDINGS) {
      Matcher matched = wording.answered().matcher(error);
      if (matched.matches()) {
        Object[] parts = new Object[matched.groupCount()];
        for (int i = 0; i < parts.length; i++) {
          parts[i] = matched.group(i + 1);
        }
        return locale == null
            ? Pages.text(wording.key(), parts)
            : Pages.textIn(locale, wording.key(), parts);
      }
    }
    return error;
  }
}
