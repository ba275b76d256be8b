package fr.orthocab.support.admin.customers;

import static fr.orthocab.support.testing.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.ApiClient;
import fr.orthocab.support.testing.Browser;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import fr.orthocab.support.testing.Webhook;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A supervisor erases a customer from their page: the dialog asks the reason and the email typed to
 * confirm; a wrong email is refused with a clear message and erases nothing; the right one leaves
 * the page naming the pseudonym, the request kept without its subject. The customer comes by the
 * billing webhook; their request is received 85 days back (this test's day).
 */
@ExtendWith(SharedDesk.class)
class CustomerErasureBrowserIT {
  private final DeskServer desk;
  private final ApiClient api;
  private final String unique = UUID.randomUUID().toString().substring(0, 8);

  CustomerErasureBrowserIT(DeskServer desk) {
    this.desk = desk;
    this.api = new ApiClient(desk, Demo.API_TOKEN);
  }

  @Test
  void theSupervisorErasesACustomerAfterTypingTheirEmail() {
    String email = "efface." + unique + "@example.fr";
    String surname = "Brunois" + unique;
    assertEquals(
        200,
        new Webhook(desk)
            .signed(Webhook.event("evt-erasure-" + unique, email, surname, "Maëlle"))
            .statusCode());
    String reference = openRequest(email);
    try (Browser nadia = new Browser(desk, "erasure-supervisor")) {
      nadia.login(Demo.NADIA, Demo.PASSWORD);
      nadia.open("/admin/tickets/show.xhtml?id=" + reference.substring(3));
      nadia.clickAndWait("#customerLink");
      String customerPage = nadia.currentPath();
      assertEquals(email, nadia.find("#email").getText());

      nadia.find("#eraseOpen").click();
      nadia.find("#erase\\:cancelErase").click();
      nadia.waitUntil(d -> nadia.all("#eraseDialog").stream().noneMatch(e -> e.isDisplayed()));
      assertEquals(email, nadia.find("#email").getText(), "cancelled: nothing erased");

      nadia.find("#eraseOpen").click();
      nadia.type("#erase\\:reason", "Demande d'effacement reçue par mail.");
      nadia.type("#erase\\:typedEmail", "autre." + unique + "@example.fr");
      nadia.assertNoSeriousA11yViolations();
      nadia.screenshot("96-effacement-dialogue");
      nadia.clickAndWait("#erase\\:confirmErase");
      String refused = nadia.find("#eraseDialog").getText();
      assertTrue(
          refused.contains("Cet email n'est pas celui du client : rien n'a été effacé."), refused);
      assertEquals(email, nadia.find("#email").getText(), "nothing erased");
      nadia.assertNoSeriousA11yViolations();
      nadia.screenshot("96-effacement-email-refuse");
      nadia.phoneScreenshot("96-effacement-email-refuse");

      nadia.type("#erase\\:typedEmail", email.toUpperCase());
      nadia.clickAndWait("#erase\\:confirmErase");
      assertTrue(nadia.currentPath().startsWith(customerPage), nadia.currentPath());
      assertTrue(nadia.text().contains("Le client a été effacé"), nadia.text());
      assertTrue(nadia.find("#surname").getText().startsWith("effacé n° "));
      assertTrue(nadia.find("#email").getText().matches("erased-\\d+@invalid"));
      assertTrue(nadia.find("#erased").getText().contains("Client effacé"));
      String tickets = nadia.find("#tickets").getText();
      assertTrue(tickets.contains(reference) && tickets.contains("[demande effacée]"), tickets);
      assertFalse(nadia.text().contains(surname), "the surname is gone");
      assertTrue(nadia.all("#eraseOpen").isEmpty(), "an erased customer cannot be erased again");
      assertTrue(nadia.textOf("#audit").contains("Client effacé"), nadia.textOf("#audit"));
      nadia.assertNoSeriousA11yViolations();
      nadia.screenshot("96-client-efface");
      nadia.phoneScreenshot("96-client-efface");
    } finally {
      // a priority request left open would top the queue that other browser tests read
      api.post("/api/tickets/" + reference + "/status", "{\"status\":\"CLOSED\"}");
    }
  }

  /** Dated 85 days back, out of the other tests' 24-hour quota windows. */
  private String openRequest(String email) {
    String earlier =
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            OffsetDateTime.now(ZoneOffset.UTC).minusDays(85).withNano(0));
    return json(api.post(
            "/api/tickets",
            "{\"customerEmail\":\""
                + email
                + "\",\"subject\":\"Effacez mes données "
                + unique
                + "\",\"body\":\"Je demande l'effacement de mes données.\",\"receivedAt\":\""
                + earlier
                + "\"}"))
        .getString("reference");
  }
}
