package fr.orthocab.support.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.OddDesk;
import fr.orthocab.support.testing.Webhook;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A desk started without a webhook secret accepts no renewal, and says why in its log; the 503 is
 * the API's OpenAPI document's own ({@link Webhook} holds the call to it).
 */
@ExtendWith(OddDesk.Extension.class)
class WebhookWithoutSecretIT {
  @Test
  void everyRenewalIsRefusedWith503AndALoudLogLine(OddDesk oddDesk) {
    DeskServer desk = oddDesk.start(Map.of("BILLING_WEBHOOK_SECRETS", ""));
    HttpResponse<String> response =
        new Webhook(desk)
            .signed(Webhook.event("evt_unsigned", "sans.secret@example.fr", "Secret", "Sans"));

    assertEquals(503, response.statusCode(), response.body());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
    assertTrue(
        desk.log().contains("BILLING WEBHOOK REFUSED: no secret configured"), "a loud log line");
  }
}
