package fr.orthocab.support.admin.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.sla.report.IsoWeek;
import fr.orthocab.support.testing.ApiClient;
import fr.orthocab.support.testing.Browser;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The supervisors' SLA report in a browser: a reply made this week shows in the weekly table and
 * chart (drawn under the nonce-based Content-Security-Policy without a console error), the CSV of
 * the weeks downloads as French Excel expects it, and an agent is refused the page.
 */
@ExtendWith(SharedDesk.class)
class SlaReportPageIT {
  private static final String CSV_FETCH =
      "const done = arguments[arguments.length - 1];"
          + "const form = document.getElementById('filter');"
          + "const data = new URLSearchParams(new FormData(form));"
          + "data.append('filter:csv', 'filter:csv');"
          + "fetch(form.action, {method: 'POST', body: data})"
          + ".then(r => r.arrayBuffer().then(b => done({"
          + "disposition: r.headers.get('Content-Disposition'),"
          + "bytes: Array.from(new Uint8Array(b))})))"
          + ".catch(e => done({error: String(e)}));";

  private final DeskServer desk;

  SlaReportPageIT(DeskServer desk) {
    this.desk = desk;
  }

  @Test
  void aSupervisorSeesThisWeeksReplyInTheTableTheChartAndTheCsv() {
    String subject = "Pour le rapport " + UUID.randomUUID().toString().substring(0, 6);
    String week = IsoWeek.of(LocalDate.now(ZoneId.of("Europe/Paris"))).getLabel();
    ApiClient api = new ApiClient(desk, Demo.API_TOKEN);
    String reference = null;
    try (Browser nadia = new Browser(desk, "report-supervisor")) {
      // dated ten days back, as an import: the browser tests' requests of today stay under quota
      HttpResponse<String> opened =
          api.post(
              "/api/tickets",
              "{\"customerEmail\":\""
                  + Demo.CLAIRE
                  + "\",\"subject\":\""
                  + subject
                  + "\",\"body\":\"Bonjour, une question.\",\"receivedAt\":\""
                  + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                      OffsetDateTime.now(ZoneOffset.UTC).minusDays(10).withNano(0))
                  + "\"}");
      assertEquals(201, opened.statusCode(), opened.body());
      reference = ApiClient.json(opened).getString("reference");
      String etag = api.get("/api/tickets/" + reference).headers().firstValue("ETag").orElseThrow();
      HttpResponse<String> reply =
          api.post(
              "/api/tickets/" + reference + "/messages",
              "{\"author\":\"AGENT\",\"agentEmail\":\""
                  + Demo.LUCIE
                  + "\",\"body\":\"Voici la réponse.\"}",
              etag);
      assertEquals(201, reply.statusCode(), reply.body());

      nadia.login(Demo.NADIA, Demo.PASSWORD);
      nadia.clickAndWait("#navReports");
      assertEquals("/admin/reports/sla.xhtml", nadia.currentPath());
      assertTrue(nadia.all("#noReplies").isEmpty(), nadia.text());
      String weekly = nadia.find("#weeklyShares").getText();
      assertTrue(weekly.contains(week), weekly);
      assertFalse(nadia.all("#weeklyChart canvas").isEmpty(), "the chart is drawn");
      assertTrue(nadia.find("#firstReplyTimes").getText().contains("Médiane"));
      nadia.screenshot("40-sla-report");
      // the desk has no favicon: the browser's own request for it is not the page's error
      List<String> errors =
          nadia.consoleErrors().stream().filter(e -> !e.contains("favicon.ico")).toList();
      assertTrue(errors.isEmpty(), errors::toString);

      @SuppressWarnings("unchecked")
      Map<String, Object> csv = (Map<String, Object>) nadia.script(CSV_FETCH);
      assertTrue(String.valueOf(csv.get("disposition")).contains(".csv"), csv::toString);
      @SuppressWarnings("unchecked")
      List<Long> bytes = (List<Long>) csv.get("bytes");
      byte[] content = new byte[bytes.size()];
      for (int i = 0; i < content.length; i++) {
        content[i] = bytes.get(i).byteValue();
      }
      assertEquals(List.of(0xEFL, 0xBBL, 0xBFL), bytes.subList(0, 3), "UTF-8 byte order mark");
      String text =
          new String(content, 3, content.length - 3, java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(text.startsWith(WeeklySharesCsv.HEADER + "\r\n"), text);
      assertTrue(text.contains(";" + week + ";"), text);
    } finally {
      if (reference != null) {
        api.post("/api/tickets/" + reference + "/status", "{\"status\":\"CLOSED\"}");
      }
    }
  }

  @Test
  void anAgentHasNoReportLinkAndIsRefusedThePage() {
    try (Browser lucie = new Browser(desk, "report-agent")) {
      lucie.login(Demo.LUCIE, Demo.PASSWORD);
      assertTrue(lucie.all("#navReports").isEmpty(), "agents have no reports link");
      lucie.open("/admin/reports/sla.xhtml");
      assertTrue(lucie.text().contains("Accès refusé"), lucie.text());
      assertTrue(lucie.all("#weekly").isEmpty());
    }
  }
}
