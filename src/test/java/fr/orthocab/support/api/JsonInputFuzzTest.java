package fr.orthocab.support.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.orthocab.support.customer.EmailAddress;
import fr.orthocab.support.platform.ShownText;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Any body the ticket API may be sent: read, or refused with a 400 problem, never another failure
 * (a 500); and what is read keeps every promise of the field readers.
 */
class JsonInputFuzzTest {
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
    "\\udc00",
    "1e9999999999",
    "-0.0e-5",
    "true",
    "null",
    "\"subject\"",
    "\"body\"",
    "\"customerEmail\"",
    "\"receivedAt\"",
    "\"subscription\"",
    "\"periodEnd\"",
    "\"category\"",
    "@example.fr",
    "2026-11-26T09:30:00+01:00",
    "-999999999-01-01",
    "+10000-01-01"
  })
  @FuzzTest(maxDuration = "8s")
  void anyBodyIsReadWithinTheLimitsOrRefusedWithAProblem(byte[] body) {
    try {
      JsonInput in = JsonInput.read(new ByteArrayInputStream(body));
      assertShown(in.text("subject", false, 200), 200, false);
      assertShown(in.paragraphs("body", false, 2000), 2000, true);
      String email = in.email("customerEmail", false);
      assertTrue(email == null || EmailAddress.isValid(email), email);
      OffsetDateTime receivedAt = in.instant("receivedAt");
      assertTrue(receivedAt == null || within(receivedAt.toLocalDate()), "" + receivedAt);
      LocalDate periodEnd = in.object("subscription", false).date("periodEnd", false);
      assertTrue(periodEnd == null || within(periodEnd), "" + periodEnd);
      in.oneOf("category", ApiCategory.class, false);
      in.check();
    } catch (ProblemException refused) {
      assertEquals(400, refused.problem().status(), refused.problem().detail());
      assertFalse(refused.problem().detail().isBlank());
    }
  }

  private static void assertShown(String text, int max, boolean multiline) {
    if (text != null) {
      assertTrue(text.length() <= max);
      assertFalse(text.isBlank());
      assertNull(ShownText.faultIn(text, multiline), text);
    }
  }

  private static boolean within(LocalDate date) {
    return !date.isBefore(JsonInput.EARLIEST_DATE) && !date.isAfter(JsonInput.LATEST_DATE);
  }
}
