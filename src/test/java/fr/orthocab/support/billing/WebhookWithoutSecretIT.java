package fr.orthocab.support.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.OddDesk;
import fr.orthocab.support.testing.WebClient;
import fr.orthocab.support.testing.Webhook;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A desk started without a webhook secret accepts no renewal, and says why in its log; the 503 is
 * the API's OpenAPI document's own ({@link Webhook} holds the call to it). The same start stands
 * for a desk reached over https (APP_BASE_URL), which no other test desk is, to spare a start of
 * its own: its session cookie is Secure and every answer carries HSTS.
 */
@ExtendWith(OddDesk.Extension.class)
class WebhookWithoutSecretIT {
  @Test
  void everyRenewalIsRefusedWith503AndALoudLogLine(OddDesk oddDesk) {
    DeskServer desk =
        oddDesk.start(
            Map.of("BILLING_WEBHOOK_SECRETS", "", "APP_BASE_URL", "https://desk.example"));
    overHttpsTheSessionCookieIsSecureAndEveryAnswerCarriesHsts(desk);

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

  private static void overHttpsTheSessionCookieIsSecureAndEveryAnswerCarriesHsts(DeskServer desk) {
    HttpResponse<String> login = new WebClient(desk).get("/login.xhtml");
    String cookie = WebClient.sessionCookie(login).toLowerCase(Locale.ROOT);
    assertTrue(cookie.contains("; secure"), cookie);
    assertTrue(cookie.contains("; httponly"), cookie);
    assertTrue(cookie.contains("; samesite=lax"), cookie);
    for (HttpResponse<String> answer :
        List.of(login, new WebClient(desk).get("/no-such-file.txt"))) {
      assertEquals(
          "max-age=31536000; includeSubDomains",
          answer.headers().firstValue("Strict-Transport-Security").orElse(""),
          answer.uri() + " " + answer.statusCode());
    }
  }
}
