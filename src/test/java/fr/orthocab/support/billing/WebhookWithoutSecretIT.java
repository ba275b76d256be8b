package fr.orthocab.support.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.DeskServer;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A desk started without a webhook secret accepts no renewal, and says why in its log. */
class WebhookWithoutSecretIT {
  @Test
  void everyRenewalIsRefusedWith503AndALoudLogLine() throws Exception {
    Map<String, String> settings = new HashMap<>();
    settings.put("BILLING_WEBHOOK_SECRETS", "");
    if (System.getenv("APP_DATASOURCE_URL") == null) {
      // its own embedded database: the shared test desk holds the other one
      String dir = System.getProperty("it.data.dir", "target/it-data");
      settings.put(
          "APP_DATASOURCE_URL", "jdbc:h2:file:" + new File(dir, "no-secret").getAbsolutePath());
    }
    DeskServer desk = new DeskServer(settings, "desk-without-webhook-secret.log");
    try {
      desk.start();
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
    } finally {
      desk.stop();
    }
  }
}
