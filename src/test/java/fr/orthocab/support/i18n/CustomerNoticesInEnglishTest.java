package fr.orthocab.support.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every text the desk writes on its own to a customer (acknowledgements, holds, refusals, the
 * automatic closing, the satisfaction question, merges, mail notices, account mails, the wrapping
 * of every mail) has an English version, worded in English, that the customer's language chooses
 * (each notice class reads its bundle with the requester's locale; their own tests check that). The
 * team's own notification mails are French only, by design: they are not in this list.
 */
class CustomerNoticesInEnglishTest {
  // words that only a French text has: an English text copied from the French one shows them
  private static final Pattern FRENCH =
      Pattern.compile(
          "\\b(Bonjour|votre|vos|demande|nous|merci|abonnement|réponse|être|été)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  private static Properties load(String name) throws IOException {
    try (InputStream in = CustomerNoticesInEnglishTest.class.getResourceAsStream(name)) {
      assertNotNull(in, name + " is missing");
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/fr/orthocab/support/intake/notices",
        "/fr/orthocab/support/refusal/notices",
        "/fr/orthocab/support/closing/notices",
        "/fr/orthocab/support/duplicate/notices",
        "/fr/orthocab/support/sla/notices",
        "/fr/orthocab/support/satisfaction/mails",
        "/fr/orthocab/support/mail/mails",
        "/fr/orthocab/support/mail/inbound/notices",
        "/fr/orthocab/support/account/mails"
      })
  void everyAutomaticTextHasAnEnglishVersionWordedInEnglish(String bundle) throws IOException {
    Properties fr = load(bundle + "_fr.properties");
    Properties en = load(bundle + "_en.properties");
    assertEquals(
        new TreeSet<>(fr.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()), bundle);
    Set<String> keys = fr.stringPropertyNames();
    assertFalse(keys.isEmpty(), bundle);
    for (String key : keys) {
      String english = en.getProperty(key);
      assertTrue(
          !english.equals(fr.getProperty(key)) || !FRENCH.matcher(english).find(),
          bundle + " " + key + " is the French text");
      assertFalse(FRENCH.matcher(english).find(), bundle + " " + key + " reads French: " + english);
    }
  }
}
