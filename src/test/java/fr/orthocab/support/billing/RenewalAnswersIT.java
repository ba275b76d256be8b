package fr.orthocab.support.billing;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import fr.orthocab.support.testing.Webhook;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every answer of the renewal webhook as billing gets it from the running desk, each held to the
 * API's OpenAPI document by {@link Webhook}. {@code RenewalWebhookIT} checks the same calls'
 * effects from inside the server, where the document's validator does not run.
 */
@ExtendWith(SharedDesk.class)
class RenewalAnswersIT {
  private final Webhook billing;
  private final String unique = UUID.randomUUID().toString().substring(0, 8);

  RenewalAnswersIT(DeskServer desk) {
    billing = new Webhook(desk);
  }

  private String event(String name) {
    return Webhook.event(
        "evt_answers_" + name + "_" + unique,
        name + "." + unique + "@example.fr",
        "Réponses",
        "Chloé");
  }

  private static void assertStatus(int status, HttpResponse<String> response) {
    assertEquals(status, response.statusCode(), response.body());
  }

  @Test
  void appliedAgainAndConflictingDeliveriesAreDocumented() {
    String event = event("applied");
    assertStatus(200, billing.signed(event));
    assertStatus(200, billing.signed(event));
    assertStatus(409, billing.signed(event.replace("Chloé", "Chloe")));
  }

  @Test
  void everyRefusalIsADocumentedProblem() {
    String event = event("refused");
    assertAll(
        () -> assertStatus(401, billing.unsigned(event)),
        () -> assertStatus(415, billing.malformed().signed(event, "text/plain")),
        () -> assertStatus(400, billing.malformed().signed("{not json")),
        () ->
            assertStatus(
                400, billing.malformed().signed(event.replace("\"surname\":\"Réponses\",", ""))),
        () ->
            assertStatus(
                413,
                billing
                    .malformed()
                    .signed(event.replace("}}", "},\"pad\":\"" + "x".repeat(70_000) + "\"}"))),
        () -> assertStatus(422, billing.signed(event.replace("TELESOIN", "PLATINE"))),
        () ->
            assertStatus(
                422,
                billing.signed(
                    event.replaceFirst(
                        "\"periodEnd\":\"[^\"]+\"", "\"periodEnd\":\"2001-01-01\""))));
  }
}
