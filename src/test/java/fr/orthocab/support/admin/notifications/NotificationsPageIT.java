package fr.orthocab.support.admin.notifications;

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
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;

/**
 * An agent gives a request to a colleague, the customer answers, the agent names the colleague in a
 * note: the colleague sees all three under the bell, opens the request from there, and what it told
 * them is read.
 */
@ExtendWith(SharedDesk.class)
class NotificationsPageIT {
  private final DeskServer desk;
  private final ApiClient api;
  private final String unique = UUID.randomUUID().toString().substring(0, 8);

  NotificationsPageIT(DeskServer desk) {
    this.desk = desk;
    this.api = new ApiClient(desk, Demo.API_TOKEN);
  }

  @Test
  void aColleagueGivenARequestIsToldAndReadsItByOpeningIt() {
    String reference = openTicket();
    String subject = "Rappels SMS " + unique;
    try (Browser lucie = new Browser(desk, "assigning-agent");
        Browser thomas = new Browser(desk, "notified-agent")) {
      lucie.login(Demo.LUCIE, Demo.PASSWORD);
      lucie.open("/admin/tickets/show.xhtml?id=" + reference.substring(3));
      lucie.clickAndWait("#assignment\\:assign");
      assertTrue(lucie.text().contains("Choisir un membre de l'équipe"), "nobody chosen");
      lucie.choose("assignment:agent", "Thomas Roux (agent)");
      lucie.screenshot("40-assign-to-a-colleague");
      lucie.phoneScreenshot("40-assign-to-a-colleague");
      lucie.clickAndWait("#assignment\\:assign");
      assertTrue(lucie.text().contains("Demande assignée à Thomas Roux."), lucie.text());
      assertTrue(lucie.find("#assignee").getText().contains("Thomas Roux"));

      api.post(
          "/api/tickets/" + reference + "/messages",
          "{\"author\":\"CUSTOMER\",\"body\":\"Toujours aucun SMS ce matin.\"}");
      api.post(
          "/api/tickets/" + reference + "/messages",
          "{\"author\":\"AGENT\",\"agentEmail\":\""
              + Demo.LUCIE
              + "\",\"visibility\":\"INTERNAL\",\"body\":\"@thomas tu peux la rappeler ?\"}");

      thomas.login(Demo.THOMAS, Demo.PASSWORD);
      String count = thomas.find("#notificationBell .unread-count").getText();
      assertTrue(count.equals("9+") || Integer.parseInt(count) >= 3, count);
      thomas.clickAndWait("#notificationBell");
      List<WebElement> about = ofTicket(thomas, reference);
      assertEquals(3, about.size(), thomas.text());
      assertTrue(about.get(0).getText().contains("Vous êtes cité(e) dans une note interne"));
      assertTrue(about.get(0).getText().contains("Lucie Moreau"));
      assertTrue(about.get(1).getText().contains("Le client a répondu"));
      assertTrue(about.get(2).getText().contains("Demande qui vous est assignée"));
      assertTrue(about.get(0).getText().contains(subject), about.get(0).getText());
      assertTrue(about.stream().allMatch(n -> n.getAttribute("class").contains("unread")));
      thomas.screenshot("41-notifications");
      thomas.phoneScreenshot("41-notifications");

      about.get(0).findElement(org.openqa.selenium.By.cssSelector("a")).click();
      thomas.find("#reference");
      assertEquals("/admin/tickets/show.xhtml?id=" + reference.substring(3), thomas.currentPath());
      thomas.clickAndWait("#notificationBell");
      assertTrue(
          ofTicket(thomas, reference).stream()
              .allMatch(n -> n.getAttribute("class").contains(" read")),
          "opening the request read what it told");

      if (!thomas.all("#notifications\\:markAllRead").isEmpty()) {
        thomas.clickAndWait("#notifications\\:markAllRead");
      }
      assertTrue(thomas.all("#notificationBell .unread-count").isEmpty(), "nothing unread left");
    } finally {
      api.post("/api/tickets/" + reference + "/status", "{\"status\":\"CLOSED\"}");
    }
  }

  private static List<WebElement> ofTicket(Browser browser, String reference) {
    return browser.all(".notification").stream()
        .filter(n -> n.getText().contains(reference + " "))
        .toList();
  }

  /**
   * Dated 31 days back, as an import would be: out of today's quota of requests, and out of the 24
   * hours of the other tests' imports (each test class its own day).
   */
  private String openTicket() {
    String earlier =
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            OffsetDateTime.now(ZoneOffset.UTC).minusDays(31).withNano(0));
    return json(api.post(
            "/api/tickets",
            "{\"customerEmail\":\""
                + Demo.JULIEN
                + "\",\"subject\":\"Rappels SMS "
                + unique
                + "\",\"body\":\"Les rappels SMS ne partent plus.\",\"receivedAt\":\""
                + earlier
                + "\"}"))
        .getString("reference");
  }
}
