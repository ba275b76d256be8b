package fr.orthocab.support.screening;

import static fr.orthocab.support.testing.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.ApiClient;
import fr.orthocab.support.testing.Browser;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import fr.orthocab.support.testing.Webhook;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;

/**
 * The flags in the browser: the portal's notice while a customer types a Zoom sound problem (and
 * its going away for an Orthocab one; nothing is sent, no quota used), and an agent's page with an
 * external product and offensive words (marked), the refusal prepared with the vendors' links and
 * one flag cleared. The flagged request is a fresh customer's, closed at the end.
 */
@ExtendWith(SharedDesk.class)
class FlagsBrowserIT {
  private final DeskServer desk;
  private final ApiClient api;
  private final String unique = UUID.randomUUID().toString().substring(0, 8);

  FlagsBrowserIT(DeskServer desk) {
    this.desk = desk;
    this.api = new ApiClient(desk, Demo.API_TOKEN);
  }

  @Test
  void theCustomerSeesTheZoomNoticeWhileTyping() throws Exception {
    try (Browser customer = new Browser(desk, "zoom-notice")) {
      customer.login(Demo.CLAIRE, Demo.PASSWORD);
      customer.open("/portal/tickets/new.xhtml");
      customer.type(
          "#request\\:description",
          "Mes patients ne m'entendent pas sur Zoom, le micro ne marche pas depuis hier.");
      WebElement notice = customer.find(".external-product-notice");
      assertTrue(notice.getText().contains("EXT-PRODUCTS"), notice.getText());
      assertTrue(notice.getText().contains("Zoom"), notice.getText());
      assertTrue(
          customer.all(".external-product-notice a[href^='https://support.zoom.com']").size() == 1);
      customer.screenshot("flags-01-zoom-notice");

      customer.type(
          "#request\\:description", "Le lien Zoom n'apparaît plus dans le mail de rappel.");
      long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (!customer.all(".external-product-notice").isEmpty() && System.nanoTime() < until) {
        Thread.sleep(200);
      }
      assertTrue(customer.all(".external-product-notice").isEmpty(), "an Orthocab problem");
    }
  }

  @Test
  void anAgentSeesTheFlagsPreparesTheRefusalAndClearsAFlag() {
    String email = "drapeaux." + unique + "@example.fr";
    HttpResponse<String> created =
        new Webhook(desk).signed(Webhook.event("evt_flags_" + unique, email, "Drapeau", "Test"));
    assertEquals(200, created.statusCode(), created.body());
    HttpResponse<String> sent =
        api.post(
            "/api/tickets",
            "{\"customerEmail\":\""
                + email
                + "\",\"subject\":\"Son Zoom\",\"body\":\"Putain, toujours pas de son sur Zoom"
                + " <b>malgré</b> le nouveau casque.\",\"category\":\"OTHER\"}");
    assertEquals(201, sent.statusCode(), sent.body());
    String reference = json(sent).getString("reference");
    try (Browser agent = new Browser(desk, "flags-agent")) {
      agent.login(Demo.LUCIE, Demo.PASSWORD);
      agent.open("/admin/tickets/show.xhtml?id=" + reference.substring("OC-".length()));
      String flags = agent.find("#flags").getText();
      assertTrue(flags.contains("Produit externe"), flags);
      assertTrue(flags.contains("Langage injurieux"), flags);
      assertEquals("Putain", agent.find("#flags .offensive-word").getText());
      assertTrue(flags.contains("<b>malgré</b>"), "the message is shown as text: " + flags);
      agent.screenshot("flags-02-agent-page");

      agent.clickAndWait(".flag-EXTERNAL_PRODUCT button[id$='prepareRefusal']");
      assertTrue(agent.find("#refuse\\:clause_label").getText().contains("EXT-PRODUCTS"));
      String explanation = agent.find("#refuse\\:explanation").getAttribute("value");
      assertTrue(explanation.contains("https://support.zoom.com"), explanation);
      agent.screenshot("flags-03-refusal-prepared");

      agent.clickAndWait(".flag-OFFENSIVE_LANGUAGE button[id$='clear']");
      assertTrue(agent.text().contains("Signalement levé"), agent.text());
      agent.screenshot("flags-04-flag-cleared");
      JsonObject ticket = json(api.get("/api/tickets/" + reference));
      assertTrue(
          ticket.getJsonArray("flags").stream()
              .map(f -> f.asJsonObject())
              .anyMatch(
                  f -> f.getString("kind").equals("OFFENSIVE_LANGUAGE") && f.getBoolean("cleared")),
          ticket.toString());
    } finally {
      api.post("/api/tickets/" + reference + "/status", "{\"status\":\"CLOSED\"}");
    }
  }
}
