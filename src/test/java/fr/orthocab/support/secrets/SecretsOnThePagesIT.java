package fr.orthocab.support.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.ApiClient;
import fr.orthocab.support.testing.Browser;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import fr.orthocab.support.testing.SharedMail;
import fr.orthocab.support.testing.Webhook;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A customer pastes a password and a patient's NIR into the portal's form: their request's page
 * shows the placeholders, never the secrets, and the agents' dashboard counts the maskings by kind.
 */
@ExtendWith(SharedDesk.class)
class SecretsOnThePagesIT {
  private static final Pattern INVITATION =
      Pattern.compile("/invitation\\.xhtml\\?token=[A-Za-z0-9_-]+");
  private static final String PASSWORD = "un mot de passe de test " + "assez long";

  private final DeskServer desk;
  private final SharedMail mail;
  private final String unique = UUID.randomUUID().toString().substring(0, 6);

  SecretsOnThePagesIT(DeskServer desk, SharedMail mail) {
    this.desk = desk;
    this.mail = mail;
  }

  @Test
  void aPortalRequestShowsItsSecretsMaskedAndTheDashboardCountsThem() throws Exception {
    String password = "Pw" + unique + "!7";
    String nir = "2 84 06 2A 004 017 80";
    // a fresh customer, created as billing creates them: no demo customer's daily quota used
    String email = "secrets." + unique + "@example.fr";
    HttpResponse<String> created =
        new Webhook(desk).signed(Webhook.event("evt_secrets_" + unique, email, "Secrets", "Inès"));
    assertEquals(200, created.statusCode(), created.body());
    String requestPage = null;
    try (Browser ines = new Browser(desk, "secrets-customer")) {
      ines.open(mail.linkMailedTo(email, 1, INVITATION));
      ines.type("#invitation\\:password", PASSWORD);
      ines.type("#invitation\\:confirmation", PASSWORD);
      ines.clickAndWait("#invitation\\:submit");
      ines.login(email, PASSWORD);
      requestPage =
          ines.sendRequest(
              "Autre",
              "Télétransmission refusée " + unique,
              "Bonjour, mon mot de passe est " + password + " et le NIR du patient : " + nir + ".");
      String page = ines.text();
      assertTrue(page.contains("[mot de passe masqué]"), page);
      assertTrue(page.contains("[n° de sécurité sociale masqué]"), page);
      assertFalse(page.contains(password), page);
      assertFalse(page.contains(nir), page);
      ines.screenshot("77-secrets-masked-request");
    }
    try (Browser nadia = new Browser(desk, "nadia")) {
      nadia.login(Demo.NADIA, Demo.PASSWORD);
      nadia.open("/admin/dashboard.xhtml");
      assertTrue(count(nadia, "PASSWORD") >= 1, nadia.textOf("#maskings"));
      assertTrue(count(nadia, "NIR") >= 1, nadia.textOf("#maskings"));
      assertTrue(nadia.textOf("#maskings").contains("Mots de passe"), nadia.textOf("#maskings"));
      nadia.screenshot("77-secrets-dashboard");
      nadia.assertNoSeriousA11yViolations();
    } finally {
      // a priority request left open would top the queue that other browser tests read
      if (requestPage != null) {
        new ApiClient(desk, Demo.API_TOKEN)
            .post(
                "/api/tickets/OC-"
                    + requestPage.replaceFirst(".*[?&]id=(\\d+).*", "$1")
                    + "/status",
                "{\"status\":\"CLOSED\"}");
      }
    }
  }

  private static long count(Browser browser, String kind) {
    return Long.parseLong(browser.find("#masked-" + kind + " strong").getText().trim());
  }
}
