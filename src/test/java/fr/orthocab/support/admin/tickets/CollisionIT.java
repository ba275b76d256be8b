package fr.orthocab.support.admin.tickets;

import static fr.orthocab.support.testing.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.ApiClient;
import fr.orthocab.support.testing.Browser;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Two agents on one request see each other within seconds, and who is writing; when one replies,
 * the other, still writing, is warned before sending, and keeps their text through the reload that
 * shows them the reply.
 */
@ExtendWith(SharedDesk.class)
class CollisionIT {
  private final DeskServer desk;
  private final ApiClient api;
  private final String unique = UUID.randomUUID().toString().substring(0, 8);

  CollisionIT(DeskServer desk) {
    this.desk = desk;
    this.api = new ApiClient(desk, Demo.API_TOKEN);
  }

  @Test
  void twoAgentsSeeEachOtherAndTheSecondIsWarnedBeforeSending() {
    String reference = openTicket();
    String page = "/admin/tickets/show.xhtml?id=" + reference.substring(3);
    try (Browser lucie = new Browser(desk, "collision-lucie");
        Browser thomas = new Browser(desk, "collision-thomas")) {
      lucie.login(Demo.LUCIE, Demo.PASSWORD);
      thomas.login(Demo.THOMAS, Demo.PASSWORD);
      lucie.open(page);
      thomas.open(page);

      lucie.waitUntil(d -> d.findElement(By.id("presence")).getText().contains("Thomas Roux"));
      assertTrue(
          lucie.find("#presence").getText().contains("Thomas Roux consulte aussi cette demande"),
          lucie.find("#presence").getText());
      thomas.waitUntil(d -> d.findElement(By.id("presence")).getText().contains("Lucie Moreau"));

      thomas.type("#reply\\:text", "Bonjour Julien, je regarde vos rappels SMS.");
      lucie.waitUntil(
          d ->
              d.findElement(By.id("presence"))
                  .getText()
                  .contains("Thomas Roux est en train d'écrire une réponse"));
      lucie.screenshot("60-colleague-writing");

      lucie.type("#reply\\:text", "Bonjour Julien, c'est réparé.");
      lucie.clickAndWait("#reply\\:send");
      assertTrue(lucie.text().contains("Réponse envoyée"), lucie.text());

      thomas.find("#changedMeanwhile");
      assertTrue(
          thomas.find("#changedMeanwhile").getText().contains("votre texte est gardé"),
          thomas.find("#changedMeanwhile").getText());
      thomas.screenshot("61-changed-while-writing");
      thomas.phoneScreenshot("61-changed-while-writing");
      thomas.clickAndWait("#reloadKeepingText");
      assertTrue(thomas.find("#thread").getText().contains("c'est réparé"), "Lucie's reply");
      assertEquals(
          "Bonjour Julien, je regarde vos rappels SMS.",
          thomas.find("#reply\\:text").getAttribute("value"),
          "his text kept");
      assertTrue(thomas.find("#draftRestored").isDisplayed());
      thomas.clickAndWait("#reply\\:send");
      assertTrue(thomas.text().contains("Réponse envoyée"), thomas.text());
      assertEquals("", thomas.find("#reply\\:text").getAttribute("value"), "sent: no draft left");
      thomas.open(page);
      assertEquals("", thomas.find("#reply\\:text").getAttribute("value"), "nor after coming back");
    } finally {
      api.post("/api/tickets/" + reference + "/status", "{\"status\":\"CLOSED\"}");
    }
  }

  /**
   * Dated 37 days back, as an import would be: out of today's quota of requests, and out of the 24
   * hours of the other tests' imports (each test class its own day).
   */
  private String openTicket() {
    String earlier =
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            OffsetDateTime.now(ZoneOffset.UTC).minusDays(37).withNano(0));
    return json(api.post(
            "/api/tickets",
            "{\"customerEmail\":\""
                + Demo.JULIEN
                + "\",\"subject\":\"Collision "
                + unique
                + "\",\"body\":\"Les rappels SMS ne partent plus.\",\"receivedAt\":\""
                + earlier
                + "\"}"))
        .getString("reference");
  }
}
