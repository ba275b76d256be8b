package fr.orthocab.support.admin.staff;

import static fr.orthocab.support.testing.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.ApiClient;
import fr.orthocab.support.testing.Browser;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A supervisor turns automatic assignment on from the team page, an agent says she is available
 * from the menu under her name, and the next request goes to her; both are undone after.
 */
@ExtendWith(SharedDesk.class)
class RotationPageIT {
  private final DeskServer desk;
  private final ApiClient api;
  private final String unique = UUID.randomUUID().toString().substring(0, 8);

  RotationPageIT(DeskServer desk) {
    this.desk = desk;
    this.api = new ApiClient(desk, Demo.API_TOKEN);
  }

  @Test
  void aRequestGoesToTheAgentWhoSaidSheIsAvailableOnceASupervisorTurnedItOn() {
    String reference = null;
    try (Browser nadia = new Browser(desk, "rotation-nadia");
        Browser lucie = new Browser(desk, "rotation-lucie")) {
      nadia.login(Demo.NADIA, Demo.PASSWORD);
      lucie.login(Demo.LUCIE, Demo.PASSWORD);
      try {
        nadia.open("/admin/staff/list.xhtml");
        assertTrue(nadia.textOf("#rotation").contains("désactivée par défaut"));
        nadia.find("#rotation\\:on .ui-chkbox-box").click();
        nadia.clickAndWait("#rotation\\:save");
        assertTrue(nadia.text().contains("Attribution automatique activée."), nadia.text());

        lucie.open("/admin/tickets/queue.xhtml");
        lucie.find("#userMenu summary").click();
        assertEquals(
            "Me rendre disponible : recevoir des demandes à tour de rôle",
            lucie.find("#header\\:availability").getText());
        lucie.screenshotAtWidth(1366, "73-availability-menu");
        lucie.clickAndWait("#header\\:availability");
        assertTrue(lucie.text().contains("Vous êtes disponible"), lucie.text());

        nadia.open("/admin/staff/list.xhtml");
        assertTrue(nadia.textOf("#available").contains("Lucie Moreau"), nadia.textOf("#available"));
        nadia.assertNoSeriousA11yViolations();
        nadia.evaluate("document.getElementById('rotation').scrollIntoView()");
        nadia.screenshotAtWidth(1366, "72-rotation-on");
        nadia.atWidth(
            390,
            () -> {
              nadia.evaluate("document.getElementById('rotation').scrollIntoView()");
              nadia.screenshot("72-rotation-on-phone");
              return null;
            });

        reference = receive();
        HttpResponse<String> ticket = api.get("/api/tickets/" + reference);
        assertEquals(
            Demo.LUCIE, json(ticket).getJsonObject("assignee").getString("email"), ticket.body());

        lucie.find("#userMenu summary").click();
        lucie.clickAndWait("#header\\:availability");
        assertTrue(lucie.text().contains("Vous n'êtes plus disponible"), lucie.text());
        nadia.open("/admin/staff/list.xhtml");
        nadia.find("#rotation\\:on .ui-chkbox-box").click();
        nadia.clickAndWait("#rotation\\:save");
        assertTrue(nadia.text().contains("Attribution automatique désactivée."), nadia.text());
        lucie.open("/admin/tickets/queue.xhtml");
        assertEquals(0, lucie.all("#header\\:availability").size(), "offered only while it is on");
      } finally {
        // undone even when the test failed half-way: the other tests expect it off
        lucie.open("/admin/tickets/queue.xhtml");
        if (lucie.all("#header\\:availability").size() == 1) {
          lucie.find("#userMenu summary").click();
          if (lucie.find("#header\\:availability").getText().startsWith("Me rendre indisponible")) {
            lucie.clickAndWait("#header\\:availability");
          }
        }
        nadia.open("/admin/staff/list.xhtml");
        if (nadia.all("#rotation\\:on .ui-state-active").size() == 1) {
          nadia.find("#rotation\\:on .ui-chkbox-box").click();
          nadia.clickAndWait("#rotation\\:save");
        }
      }
    } finally {
      if (reference != null) {
        api.post("/api/tickets/" + reference + "/status", "{\"status\":\"CLOSED\"}");
      }
    }
  }

  /**
   * A request of Julien's dated 61 days back, as an import would be: out of today's quota of
   * requests, and out of the 24 hours of the other tests' imports (each test class its own day).
   */
  private String receive() {
    String earlier =
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            OffsetDateTime.now(ZoneOffset.UTC).minusDays(61).withNano(0));
    HttpResponse<String> created =
        api.post(
            "/api/tickets",
            "{\"customerEmail\":\""
                + Demo.JULIEN
                + "\",\"subject\":\"Tour de rôle "
                + unique
                + "\",\"body\":\"Les rappels ne partent plus.\",\"receivedAt\":\""
                + earlier
                + "\"}");
    assertEquals(201, created.statusCode(), created.body());
    return json(created).getString("reference");
  }
}
