package fr.orthocab.support.secrets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.ApiClient;
import fr.orthocab.support.testing.Browser;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A customer pastes a password and a patient's NIR into the portal's form: their request's page
 * shows the placeholders, never the secrets, and the agents' dashboard counts the maskings by kind.
 */
@ExtendWith(SharedDesk.class)
class SecretsOnThePagesIT {
  private final DeskServer desk;
  private final String unique = UUID.randomUUID().toString().substring(0, 6);

  SecretsOnThePagesIT(DeskServer desk) {
    this.desk = desk;
  }

  @Test
  void aPortalRequestShowsItsSecretsMaskedAndTheDashboardCountsThem() throws Exception {
    String password = "Pw" + unique + "!7";
    String nir = "2 84 06 2A 004 017 80";
    String requestPage = null;
    try (Browser claire = new Browser(desk, "claire")) {
      claire.login(Demo.CLAIRE, Demo.PASSWORD);
      requestPage =
          claire.sendRequest(
              "Autre",
              "Télétransmission refusée " + unique,
              "Bonjour, mon mot de passe est " + password + " et le NIR du patient : " + nir + ".");
      String page = claire.text();
      assertTrue(page.contains("[mot de passe masqué]"), page);
      assertTrue(page.contains("[n° de sécurité sociale masqué]"), page);
      assertFalse(page.contains(password), page);
      assertFalse(page.contains(nir), page);
      claire.screenshot("77-secrets-masked-request");
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
      // Claire's priority request left open would top the queue that other browser tests read
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
