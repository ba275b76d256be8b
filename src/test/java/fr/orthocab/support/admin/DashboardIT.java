package fr.orthocab.support.admin;

import static fr.orthocab.support.testing.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.ApiClient;
import fr.orthocab.support.testing.Browser;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SLA sweep, for real (every minute in production, every 2 s on the test desk, see {@link
 * DeskServer}): a request imported ten days late is past its deadline; at the next sweep the breach
 * is recorded, supervisors are notified through the outbox, and the dashboard and the ticket page
 * say so.
 */
@ExtendWith(SharedDesk.class)
class DashboardIT {
  private static final long SWEEP_WAIT_MILLIS = 20_000;

  private final DeskServer desk;
  private final String unique = UUID.randomUUID().toString().substring(0, 6);

  DashboardIT(DeskServer desk) {
    this.desk = desk;
  }

  @Test
  void aBreachReachesTheDashboardAndTheTicketPageAtTheNextSweep() throws Exception {
    ApiClient api = new ApiClient(desk, Demo.API_TOKEN);
    String receivedAt =
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            OffsetDateTime.now(ZoneOffset.UTC).minusDays(10).withNano(0));
    HttpResponse<String> created =
        api.post(
            "/api/tickets",
            "{\"customerEmail\":\""
                + Demo.JULIEN
                + "\",\"subject\":\"Retard "
                + unique
                + "\",\"body\":\"Toujours pas de réponse.\",\"receivedAt\":\""
                + receivedAt
                + "\"}");
    assertEquals(201, created.statusCode(), created.body());
    String reference = json(created).getString("reference");
    try (Browser nadia = new Browser(desk, "nadia")) {
      nadia.login(Demo.NADIA, Demo.PASSWORD);
      String breach = "[" + reference + "] Délai contractuel dépassé";
      long until = System.currentTimeMillis() + SWEEP_WAIT_MILLIS;
      nadia.open("/admin/dashboard.xhtml");
      while (!nadia.find("#outbox").getText().contains(breach)
          && System.currentTimeMillis() < until) {
        Thread.sleep(1_000);
        nadia.open("/admin/dashboard.xhtml");
      }
      String notifications = nadia.find("#outbox").getText();
      assertTrue(notifications.contains(breach), notifications);
      assertTrue(notifications.contains(Demo.NADIA), "supervisors are told: " + notifications);
      assertTrue(Long.parseLong(nadia.find("#breached .figure-value").getText()) >= 1);
      nadia.screenshot("50-dashboard-breach");

      JsonObject sla = json(api.get("/api/tickets/" + reference)).getJsonObject("sla");
      assertEquals("BREACHED", sla.getString("state"), sla.toString());
      assertTrue(sla.getBoolean("breached"));

      nadia.all("#outbox a").stream()
          .filter(link -> link.getText().contains(breach))
          .findFirst()
          .orElseThrow()
          .click();
      String page = nadia.find("#sla").getText();
      assertTrue(page.contains("Délai dépassé"), page);
      assertTrue(page.contains("Délai contractuel dépassé"), "in the history: " + page);
    } finally {
      api.post("/api/tickets/" + reference + "/status", "{\"status\":\"CLOSED\"}");
    }
  }
}
