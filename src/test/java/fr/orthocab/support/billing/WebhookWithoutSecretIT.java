package fr.orthocab.support.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.OddDesk;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A desk started without a webhook secret accepts no renewal, and says why in its log. */
@ExtendWith(OddDesk.Extension.class)
class WebhookWithoutSecretIT {
  @Test
  void everyRenewalIsRefusedWith503AndALoudLogLine(OddDesk oddDesk) throws Exception {
    DeskServer desk = oddDesk.start(Map.of("BILLING_WEBHOOK_SECRETS", ""));
    String body = "{\"eventId\":\"evt_unsigned\"}";
    HttpResponse<String> response =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(
                HttpRequest.newBuilder(URI.create(desk.url("/api/billing/renewals")))
                    .header("Content-Type", "application/json")
                    .header(
                        WebhookSignature.HEADER,
                        WebhookSignature.sign(
                            "any-secret",
                            Instant.now().getEpochSecond(),
                            body.getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

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
