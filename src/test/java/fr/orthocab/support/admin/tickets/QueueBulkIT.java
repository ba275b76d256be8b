package fr.orthocab.support.admin.tickets;

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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An agent ticks the twenty requests of the queue's page and puts them on hold for the customer; a
 * colleague took one of them through the API between the ticking and the applying: nineteen are
 * changed, and that one is named and left as the colleague left it.
 */
@ExtendWith(SharedDesk.class)
class QueueBulkIT {
  private static final String[] CUSTOMERS = {Demo.CLAIRE, Demo.JULIEN, Demo.SOPHIE};

  private final DeskServer desk;
  private final ApiClient api;

  /** A word of letters only, found in these requests' subjects and nowhere else. */
  private final String word =
      "lotbulk" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9-]", "q");

  QueueBulkIT(DeskServer desk) {
    this.desk = desk;
    this.api = new ApiClient(desk, Demo.API_TOKEN);
  }

  @Test
  void aBulkStatusChangeOnTwentyRequestsSkipsAndNamesTheOneChangedMeanwhile() {
    List<String> references = openTwenty();
    try (Browser lucie = new Browser(desk, "bulk-lucie")) {
      lucie.login(Demo.LUCIE, Demo.PASSWORD);
      lucie.open("/admin/tickets/queue.xhtml?q=" + word);
      assertEquals(20, lucie.all("#queue\\:tickets_data tr[data-rk]").size(), lucie.text());

      lucie.find("#queue\\:tickets .ui-chkbox-all .ui-chkbox-box").click();
      lucie.waitUntil(d -> barText(lucie).contains("20 demandes sélectionnées"));
      lucie.find("#queue\\:bulkSTATUS").click();
      lucie.choose("queue:bulkStatus", "En attente du client");
      lucie.assertNoSeriousA11yViolations();
      lucie.screenshotAtWidth(1366, "70-bulk-selected");
      phoneScreenshot(lucie, "70-bulk-selected");

      String taken = references.get(6);
      HttpResponse<String> toThomas =
          api.post(
              "/api/tickets/" + taken + "/assignment", "{\"agentEmail\":\"" + Demo.THOMAS + "\"}");
      assertEquals(200, toThomas.statusCode(), toThomas.body());

      String question = lucie.clickConfirmAndWait("#queue\\:bulkApply");
      assertTrue(question.contains("modifiée entre-temps par un collègue"), question);
      assertEquals("19 demandes modifiées", lucie.find("#queue\\:bulkChanged").getText());
      assertEquals(
          taken + " : modifiée entre-temps par un collègue, non changée",
          lucie.find("#bulkSkipped").getText());
      lucie.assertNoSeriousA11yViolations();
      lucie.screenshotAtWidth(1366, "71-bulk-result");
      phoneScreenshot(lucie, "71-bulk-result");

      for (String reference : references) {
        JsonObject ticket = json(api.get("/api/tickets/" + reference));
        assertEquals(
            reference.equals(taken) ? "OPEN" : "WAITING_ON_CUSTOMER",
            ticket.getString("status"),
            reference);
      }
      String takenId = taken.substring("OC-".length());
      for (var row : lucie.all("#queue\\:tickets_data tr[data-rk]")) {
        boolean waiting = row.getText().contains("En attente du client");
        assertEquals(!takenId.equals(row.getAttribute("data-rk")), waiting, row.getText());
      }

      // ticked rows that a filter takes off the table are no longer counted, nor changed
      lucie.all("#queue\\:tickets_data tr[data-rk] .ui-chkbox-box").get(0).click();
      lucie.waitUntil(d -> barText(lucie).contains("1 demande sélectionnée"));
      lucie.type("#queue\\:words", word + " introuvable");
      lucie.waitUntil(d -> lucie.all("#queue\\:tickets_data tr[data-rk]").isEmpty());
      lucie.waitUntil(d -> !barText(lucie).contains("sélectionnée"));
    } finally {
      for (String reference : references) {
        api.post("/api/tickets/" + reference + "/status", "{\"status\":\"CLOSED\"}");
      }
    }
  }

  /** Read in one script: the bar is replaced by the answer to a ticking while it is read. */
  private static String barText(Browser browser) {
    return String.valueOf(
        browser.evaluate("return document.getElementById('queue:bulk').textContent"));
  }

  /** At a phone's width, the bar or the result in view (below the filters). */
  private static void phoneScreenshot(Browser browser, String step) {
    browser.atWidth(
        390,
        () -> {
          browser.evaluate("document.getElementById('queue:bulk').scrollIntoView()");
          browser.screenshot(step + "-phone");
          return null;
        });
  }

  /**
   * Twenty requests of the three demo customers, each answered (waiting on the customer follows a
   * reply), dated 51, 53, 55 and 57 days back as imports would be: two a day for each customer, out
   * of today's quota of requests (five in any 24 hours), and out of the 24 hours of the other
   * tests' imports (each test class its own days).
   */
  private List<String> openTwenty() {
    List<String> references = new ArrayList<>();
    OffsetDateTime base = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
    for (int i = 0; i < 20; i++) {
      OffsetDateTime at = base.minusDays(51 + 2 * (i / 6)).plusMinutes(i);
      HttpResponse<String> created =
          api.post(
              "/api/tickets",
              "{\"customerEmail\":\""
                  + CUSTOMERS[i % 3]
                  + "\",\"subject\":\"Demande groupée "
                  + word
                  + " numéro "
                  + (i + 1)
                  + "\",\"body\":\"Question numéro "
                  + (i + 1)
                  + " sur l'agenda.\",\"receivedAt\":\""
                  + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at)
                  + "\"}");
      assertEquals(201, created.statusCode(), created.body());
      String reference = json(created).getString("reference");
      HttpResponse<String> replied =
          api.post(
              "/api/tickets/" + reference + "/messages",
              "{\"author\":\"AGENT\",\"agentEmail\":\""
                  + Demo.LUCIE
                  + "\",\"body\":\"Pouvez-vous préciser la date ?\"}");
      assertEquals(201, replied.statusCode(), replied.body());
      references.add(reference);
    }
    return references;
  }
}
