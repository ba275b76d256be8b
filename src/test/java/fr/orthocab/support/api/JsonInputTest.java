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
  void anArrayOfObjectsIsReadItemByItemAndEachFaultNamesItsItem() {
    JsonInput in =
        read(
            "{\"tickets\":[{\"reference\":\"OC-1\",\"version\":3},"
                + "{\"reference\":\"OC-2\",\"version\":-1},7,{\"version\":1.5}]}");
    List<JsonInput> items = in.objects("tickets", 10);
    assertEquals(3, items.size());
    assertEquals("OC-1", items.get(0).text("reference", true, 40));
    assertEquals(3, items.get(0).count("version"));
    assertEquals(-1, items.get(1).count("version"));
    assertNull(items.get(2).text("reference", true, 40));
    assertEquals(-1, items.get(2).count("version"));
    assertEquals(
        List.of("tickets[2]", "tickets[1].version", "tickets[3].reference", "tickets[3].version"),
        fieldsAtFault(in));
  }

  @Test
  void anArrayMustHoldBetweenOneAndItsMostObjects() {
    JsonInput none = read("{\"tickets\":[]}");
    assertEquals(List.of(), none.objects("tickets", 2));
    assertEquals(List.of("tickets"), fieldsAtFault(none));
    JsonInput tooMany = read("{\"tickets\":[{},{},{}]}");
    assertEquals(List.of(), tooMany.objects("tickets", 2));
    assertEquals(List.of("tickets"), fieldsAtFault(tooMany));
    JsonInput absent = read("{}");
    absent.objects("tickets", 2);
    assertEquals(List.of("tickets"), fieldsAtFault(absent));
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

  private static Problem refused(String json) {
    return assertThrows(ProblemException.class, () -> read(json)).problem();
  }

  /** Problem 4 of issue 14: each of these was a 500, or was read as if nothing followed. */
  @Test
  void hostileButWellFormedJsonIsABadRequest() {
    assertEquals(400, refused("{\"a\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}").status());
    assertEquals(400, refused("{\"a\":" + "9".repeat(100_000) + "}").status());
    assertEquals(400, refused("{\"a\":1} et du reste").status());
    assertEquals(400, refused("{\"a\":1}{\"a\":2}").status());
    assertEquals(400, refused("{\"a\":1,\"a\":2}").status(), "which of the two?");
    assertEquals(400, refused("{\"a\":1e9999999999}").status(), "an exponent past any number");
    assertEquals(400, refused("").status());
    assertEquals(400, refused("\"texte\"").status());
  }

  @Test
  void theLimitsLeaveRoomForEveryRealBody() {
    String nested =
        "{\"a\":".repeat(BoundedJson.MAX_DEPTH - 1) + "1" + "}".repeat(BoundedJson.MAX_DEPTH - 1);
    read("{\"x\":" + nested + "}  \n");
    assertEquals(
        400,
        refused(
                "{\"x\":"
                    + "{\"a\":".repeat(BoundedJson.MAX_DEPTH)
                    + "1"
                    + "}".repeat(BoundedJson.MAX_DEPTH)
                    + "}")
            .status());
    read("{\"n\":" + "9".repeat(BoundedJson.MAX_NUMBER) + ",\"m\":-1.5e300}");
  }

  @Test
  void datesOutsideTheDesksYearsAreRefusedWithTheirField() {
    JsonInput in =
        read(
            "{\"receivedAt\":\"-999999999-01-01T00:00:00+01:00\",\"periodEnd\":\"9999-01-01\","
                + "\"occurredAt\":\"1999-12-31T23:00:00Z\",\"periodStart\":\"2026-11-26\"}");
    assertNull(in.instant("receivedAt"));
    assertNull(in.date("periodEnd", true));
    assertNull(in.instant("occurredAt"));
    assertEquals(java.time.LocalDate.of(2026, 11, 26), in.date("periodStart", true));
    assertEquals(List.of("receivedAt", "periodEnd", "occurredAt"), fieldsAtFault(in));
  }

  @Test
  void textThatWouldHideOrDisguiseItselfIsRefusedWithItsField() {
    JsonInput in =
        read(
            "{\"subject\":\"facture\\u202etxt.exe\",\"surname\":\"Nul\\u0000\","
                + "\"firstName\":\"seul \\ud800\",\"city\":\"deux\\nlignes\","
                + "\"body\":\"Bonjour,\\n\\tmerci\",\"note\":\"x\\u0007\"}");
    assertNull(in.text("subject", true, 200));
    assertNull(in.text("surname", true, 100));
    assertNull(in.text("firstName", true, 100));
    assertNull(in.text("city", true, 100));
    assertEquals("Bonjour,\n\tmerci", in.paragraphs("body", true, 100));
    assertNull(in.paragraphs("note", true, 100));
    assertEquals(List.of("subject", "surname", "firstName", "city", "note"), fieldsAtFault(in));
  }

  @Test
  void anEmailIsWhatTheCustomerEntityTakes() {
    JsonInput in =
        read(
            "{\"a\":\"a..b@example.fr\",\"b\":\""
                + "x".repeat(250)
                + "@example.fr\",\"c\":\"ines.lefort@example.fr\"}");
    assertNull(in.email("a", true));
    assertNull(in.email("b", true));
    assertEquals("ines.lefort@example.fr", in.email("c", true));
    assertEquals(List.of("a", "b"), fieldsAtFault(in));
  }
}
