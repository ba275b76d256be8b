package fr.orthocab.support.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.orthocab.support.api.ProblemException;
import fr.orthocab.support.customer.EmailAddress;
import fr.orthocab.support.platform.ShownText;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Any body the renewal webhook may receive signed: an event the customer entity takes, or a 400
 * problem, never another failure (a 500, or a 503 that billing retries for ever).
 */
class RenewalEventFuzzTest {
  @DictionaryEntries({
    "{",
    "}",
    "[",
    "]",
    ":",
    ",",
    "\"",
    "\\u0000",
    "\\u202e",
    "\\ud800",
    "\"eventId\"",
    "\"occurredAt\"",
    "\"customer\"",
    "\"email\"",
    "\"surname\"",
    "\"firstName\"",
    "\"language\"",
    "\"subscription\"",
    "\"pack\"",
    "\"periodStart\"",
    "\"periodEnd\"",
    "\"fr\"",
    "a..b@example.fr",
    "@example.fr",
    "2026-11-26T10:00:00+01:00",
    "2026-11-26",
    "9999-01-01"
  })
  @FuzzTest(maxDuration = "8s")
  void anySignedBodyIsAnEventTheEntitiesTakeOrABadRequest(byte[] body) {
    try {
      RenewalEvent event = RenewalEvent.parse(body);
      assertTrue(EmailAddress.isValid(event.email()), event.email());
      for (String name : List.of(event.surname(), event.firstName())) {
        assertTrue(!name.isBlank() && name.length() <= 100, name);
        assertNull(ShownText.faultIn(name, false), name);
      }
      assertNotNull(event.language());
      assertNotNull(event.occurredAt());
      assertTrue(!event.periodEnd().isAfter(fr.orthocab.support.api.JsonInput.LATEST_DATE));
    } catch (ProblemException refused) {
      assertEquals(400, refused.problem().status(), new String(body, StandardCharsets.UTF_8));
    }
  }
}
