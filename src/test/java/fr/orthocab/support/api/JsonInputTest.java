package fr.orthocab.support.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.orthocab.support.ticket.TicketStatus;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonInputTest {
  private static JsonInput read(String json) {
    return JsonInput.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> fieldsAtFault(JsonInput in) {
    ProblemException refused = assertThrows(ProblemException.class, in::check);
    assertEquals(400, refused.problem().status());
    return refused.problem().errors().stream().map(Problem.FieldError::field).toList();
  }

  @Test
  void everyInvalidFieldIsListedInOneProblem() {
    JsonInput in =
        read(
            "{\"customerEmail\":\"pas-un-email\",\"subject\":\"  \",\"category\":\"ZOOM\","
                + "\"receivedAt\":\"hier\",\"body\":42}");
    assertNull(in.email("customerEmail", true));
    assertNull(in.text("subject", true, 200));
    assertNull(in.oneOf("category", ApiCategory.class, false));
    assertNull(in.instant("receivedAt"));
    assertNull(in.text("body", true, 100));
    assertNull(in.text("surname", false, 100), "an optional field may be absent");
    assertEquals(
        List.of("customerEmail", "subject", "category", "receivedAt", "body"), fieldsAtFault(in));
  }

  @Test
  void validFieldsAreReadStrippedAndCaseInsensitiveForNames() {
    JsonInput in =
        read(
            "{\"customerEmail\":\" c@x.fr \",\"category\":\"renewal\","
                + "\"receivedAt\":\"2026-11-26T09:30:00+01:00\",\"status\":\"open\"}");
    assertEquals("c@x.fr", in.email("customerEmail", true));
    assertEquals(ApiCategory.RENEWAL, in.oneOf("category", ApiCategory.class, false));
    assertEquals(OffsetDateTime.parse("2026-11-26T09:30:00+01:00"), in.instant("receivedAt"));
    assertEquals(TicketStatus.OPEN, in.oneOf("status", TicketStatus.class, false));
    in.check();
  }

  @Test
  void aTextOverItsLengthIsRefused() {
    JsonInput in = read("{\"subject\":\"" + "x".repeat(201) + "\"}");
    assertNull(in.text("subject", true, 200));
    assertEquals(List.of("subject"), fieldsAtFault(in));
  }

  @Test
  void anythingButAJsonObjectIsABadRequest() {
    assertEquals(400, assertThrows(ProblemException.class, () -> read("[1]")).problem().status());
    assertEquals(
        400, assertThrows(ProblemException.class, () -> read("{\"a\":")).problem().status());
  }

  @Test
  void queryNumbersHaveBounds() {
    JsonInput in = read("{}");
    assertEquals(20, in.number("size", null, 20, 1, 100));
    assertEquals(7, in.number("size", "7", 20, 1, 100));
    in.number("size", "1000", 20, 1, 100);
    in.number("page", "-1", 0, 0, 10);
    assertEquals(List.of("size", "page"), fieldsAtFault(in));
  }
}
