package fr.orthocab.support.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The wiring of the OpenAPI validation that the black-box tests' helpers go through: a ticket as
 * the desk writes it passes, and each way an answer could drift from the document fails.
 */
class ApiContractTest {
  private static final ApiContract CONTRACT = ApiContract.ofTheDesk();

  private static final String TICKET =
      """
      {"mergedInto":null,"reference":"OC-1042","status":"OPEN","priority":"HIGH","category":"BUG",\
      "channel":"API","subject":"Lien de visio absent","receivedAt":"2026-11-26T09:30:00.41+01:00",\
      "version":2,"customer":{"email":"claire.martin@demo.orthocab.fr","surname":"Martin",\
      "firstName":"Claire","identified":true},"assignee":null,"flags":[{"kind":"EXTERNAL_PRODUCT",\
      "clause":"EXT-PRODUCTS","detail":"Zoom","raisedBy":"intake",\
      "raisedAt":"2026-11-26T09:30:00+01:00","cleared":true,"clearedBy":"lucie.moreau@orthocab.fr",\
      "clearedAt":"2026-11-26T10:00:00+01:00"}],"decisions":[{"clause":"ELIG-ACTIVE",\
      "outcome":"ACCEPTED","policyVersion":"1","decidedBy":"intake",\
      "decidedAt":"2026-11-26T09:30:00+01:00","detail":""}],"sla":{"objectiveDueAt":null,\
      "deadlineDueAt":null,"state":"NONE","breached":false,"policy":null,"events":[{\
      "kind":"STARTED","cycle":1,"occurredAt":"2026-11-26T09:30:00+01:00",\
      "recordedAt":"2026-11-26T09:30:00+01:00","startedAt":"2026-11-26T09:30:00+01:00",\
      "objectiveDueAt":"2026-11-26T11:30:00+01:00","deadlineDueAt":"2026-12-01T00:00:00+01:00",\
      "policyId":1,"openingSeconds":null,"mergedFrom":"OC-1041"}]},"messages":[{\
      "authorKind":"CUSTOMER","authorName":"Claire Martin","visibility":"PUBLIC",\
      "body":"Bonjour","createdAt":"2026-11-26T09:30:00+01:00"}]}""";

  private static final ApiContract.Call GET_TICKET =
      new ApiContract.Call(
          "GET",
          URI.create("http://localhost:8080/api/tickets/OC-1042"),
          Map.of("Authorization", List.of("Bearer test")),
          null);

  private static ApiContract.Answer ticket(int status, String body) {
    return new ApiContract.Answer(
        status,
        Map.of("Content-Type", List.of("application/json"), "ETag", List.of("\"2\"")),
        body);
  }

  private static ApiContract.Answer problem(int status, String body) {
    return new ApiContract.Answer(
        status, Map.of("Content-Type", List.of("application/problem+json")), body);
  }

  /** The validator's own words, without the call and the answer's body the message repeats. */
  private static String reason(AssertionError error) {
    String message = error.getMessage();
    return message.substring(message.indexOf("document:\n"), message.lastIndexOf("\nanswer body:"));
  }

  @Test
  void aTicketAsTheDeskWritesItPasses() {
    assertDoesNotThrow(() -> CONTRACT.check(GET_TICKET, ticket(200, TICKET)));
  }

  @Test
  void aFieldTheDocumentDoesNotNameFails() {
    String withEscalation = TICKET.replace("\"priority\":", "\"escalated\":true,\"priority\":");
    AssertionError error =
        assertThrows(
            AssertionError.class, () -> CONTRACT.check(GET_TICKET, ticket(200, withEscalation)));
    assertTrue(reason(error).contains("escalated"), error.getMessage());
  }

  @Test
  void aFieldDeepInsideTheTicketFailsToo() {
    String unknownState = TICKET.replace("\"NONE\"", "\"LATE\"");
    assertThrows(AssertionError.class, () -> CONTRACT.check(GET_TICKET, ticket(200, unknownState)));
    String missingDetail = TICKET.replace(",\"detail\":\"\"}", "}");
    assertThrows(
        AssertionError.class, () -> CONTRACT.check(GET_TICKET, ticket(200, missingDetail)));
  }

  @Test
  void aStatusTheDocumentDoesNotListFails() {
    String conflict =
        "{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,\"detail\":\"No.\"}";
    AssertionError error =
        assertThrows(
            AssertionError.class, () -> CONTRACT.checkAnswer(GET_TICKET, problem(409, conflict)));
    assertTrue(reason(error).contains("409"), error.getMessage());
    String missing =
        "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"No.\"}";
    assertDoesNotThrow(() -> CONTRACT.checkAnswer(GET_TICKET, problem(404, missing)));
  }

  @Test
  void aTicketWithoutItsETagFails() {
    ApiContract.Answer untagged =
        new ApiContract.Answer(200, Map.of("Content-Type", List.of("application/json")), TICKET);
    assertThrows(AssertionError.class, () -> CONTRACT.check(GET_TICKET, untagged));
  }

  @Test
  void aProblemCarryingMoreThanItsFieldsFails() {
    String withTrace =
        "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"No.\","
            + "\"trace\":\"at fr.orthocab...\"}";
    assertThrows(AssertionError.class, () -> CONTRACT.check(GET_TICKET, problem(404, withTrace)));
    assertThrows(
        AssertionError.class,
        () -> CONTRACT.check(GET_TICKET, new ApiContract.Answer(404, Map.of(), "No such ticket")));
  }

  @Test
  void aRequestBreakingTheDocumentFailsUnlessOnlyItsAnswerIsHeldToIt() {
    ApiContract.Call noSubject =
        new ApiContract.Call(
            "POST",
            URI.create("http://localhost:8080/api/tickets"),
            Map.of(
                "Authorization", List.of("Bearer test"),
                "Content-Type", List.of("application/json")),
            "{\"customerEmail\":\"claire.martin@demo.orthocab.fr\",\"body\":\"Bonjour\"}");
    ApiContract.Answer refused =
        problem(
            400,
            "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
                + "\"detail\":\"The request has invalid or missing fields.\","
                + "\"errors\":[{\"field\":\"subject\",\"message\":\"is required\"}]}");
    AssertionError error =
        assertThrows(AssertionError.class, () -> CONTRACT.check(noSubject, refused));
    assertTrue(reason(error).contains("subject"), error.getMessage());
    assertDoesNotThrow(() -> CONTRACT.checkAnswer(noSubject, refused));
  }

  @Test
  void callsOutsideTheApiAreNotHeldToIt() {
    ApiContract.Call health =
        new ApiContract.Call(
            "GET", URI.create("http://localhost:8080/health/ready"), Map.of(), null);
    assertDoesNotThrow(
        () -> CONTRACT.check(health, new ApiContract.Answer(200, Map.of(), "{\"status\":\"UP\"}")));
  }
}
