package fr.orthocab.support.admin.audit;

import static fr.orthocab.support.testing.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.ApiClient;
import fr.orthocab.support.testing.Browser;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import fr.orthocab.support.testing.WebClient;
import jakarta.json.JsonArray;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An agent's assignment and status change are on the ticket's page and on the supervisors' audit
 * page in her name; a supervisor's new token too, and a read-only token may not read the trail; an
 * agent may not open the audit page.
 */
@ExtendWith(SharedDesk.class)
class AuditPageIT {
  private static final String LUCIE = "Lucie Moreau <" + Demo.LUCIE + ">";
  private static final int PAGE_SIZE = 50;

  private final DeskServer desk;
  private final ApiClient api;
  private final String unique = UUID.randomUUID().toString().substring(0, 6);

  AuditPageIT(DeskServer desk) {
    this.desk = desk;
    this.api = new ApiClient(desk, Demo.API_TOKEN);
  }

  @Test
  void aSupervisorSeesWhoDidWhatAndAnAgentIsRefusedTheTrail() {
    String reference = openTicket();
    String tokenName = "Audit " + unique;
    try (Browser lucie = new Browser(desk, "audit-agent");
        Browser nadia = new Browser(desk, "audit")) {
      lucie.login(Demo.LUCIE, Demo.PASSWORD);
      assertTrue(lucie.all("#navAudit").isEmpty(), "no menu entry for agents");
      lucie.open("/admin/tickets/show.xhtml?id=" + reference.substring(3));
      lucie.clickAndWait("#actions\\:assignToMe");
      lucie.clickAndWait("#actions\\:resolve");
      String ofTicket = lucie.textOf("#audit");
      assertTrue(ofTicket.contains(LUCIE), ofTicket);
      assertTrue(ofTicket.contains("OPEN → RESOLVED"), ofTicket);
      assertTrue(ofTicket.contains("Demande attribuée"), ofTicket);

      WebClient agent = new WebClient(desk);
      agent.login(Demo.LUCIE, Demo.PASSWORD);
      assertEquals(403, agent.get("/admin/audit/list.xhtml").statusCode());

      nadia.login(Demo.NADIA, Demo.PASSWORD);
      nadia.clickAndWait("#navTokens");
      nadia.type("#create\\:name", tokenName);
      nadia.choose("create:scope", "Lecture seule");
      nadia.clickAndWait("#create\\:submit");
      String readOnly = nadia.find("#token").getText();
      assertEquals(403, new ApiClient(desk, readOnly).get("/api/audit").statusCode());

      // more than a page of the ticket's entries: the token's 50 status changes after Lucie's two
      for (int i = 0; i < PAGE_SIZE; i++) {
        String status = i % 2 == 0 ? "OPEN" : "RESOLVED";
        api.post("/api/tickets/" + reference + "/status", "{\"status\":\"" + status + "\"}");
      }
      nadia.clickAndWait("#navAudit");
      nadia.type("#ticket", reference);
      nadia.clickAndWait("#show");
      assertEquals(PAGE_SIZE, nadia.all("#entries tbody tr").size());
      String newest = nadia.find("#entries").getText();
      assertTrue(newest.contains("API : bootstrap"), newest);
      assertFalse(newest.contains(LUCIE), newest);
      assertTrue(nadia.all("#newest").isEmpty(), "already the newest");

      nadia.clickAndWait("#older");
      String rows = nadia.find("#entries").getText();
      assertEquals(2, nadia.all("#entries tbody tr").size(), rows);
      assertTrue(rows.contains(LUCIE), rows);
      assertTrue(rows.contains("Statut de la demande changé"), rows);
      assertTrue(
          rows.indexOf("OPEN → RESOLVED") < rows.indexOf("Demande attribuée"), "newest first");
      assertTrue(nadia.all("#older").isEmpty(), "the oldest page");
      nadia.screenshot("30-audit-trail-of-a-ticket");
      nadia.clickAndWait("#newest");
      assertEquals(PAGE_SIZE, nadia.all("#entries tbody tr").size());

      nadia.open("/admin/customers/show.xhtml?id=" + customerOf(reference));
      String ofCustomer = nadia.find("#audit").getText();
      assertTrue(ofCustomer.contains(reference), ofCustomer);
      assertTrue(ofCustomer.contains("API : bootstrap"), ofCustomer);

      nadia.open("/admin/audit/list.xhtml?what=TOKEN_CREATED&who=nadia");
      String tokens = nadia.find("#entries").getText();
      assertTrue(tokens.contains(tokenName + " (READ)"), tokens);
      assertFalse(tokens.contains("Demande attribuée"), tokens);
    } finally {
      api.post("/api/tickets/" + reference + "/status", "{\"status\":\"CLOSED\"}");
    }

    JsonArray entries =
        json(api.get("/api/audit?ticket=" + reference + "&actor=lucie")).getJsonArray("entries");
    assertEquals(2, entries.size(), entries.toString());
    assertEquals("TICKET_ASSIGNED", entries.getJsonObject(1).getString("action"));
    assertTrue(entries.getJsonObject(1).containsKey("actorAccountId"));
  }

  /** The customer's number, as the trail gives it. */
  private long customerOf(String reference) {
    return json(api.get("/api/audit?ticket=" + reference + "&size=1"))
        .getJsonArray("entries")
        .getJsonObject(0)
        .getJsonNumber("customer")
        .longValue();
  }

  /** Dated ten days back, as the other tests' imports are, out of today's quota of requests. */
  private String openTicket() {
    String earlier =
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            OffsetDateTime.now(ZoneOffset.UTC).minusDays(10).withNano(0));
    return json(api.post(
            "/api/tickets",
            "{\"customerEmail\":\""
                + Demo.JULIEN
                + "\",\"subject\":\"Journal "
                + unique
                + "\",\"body\":\"Le planning ne se synchronise plus.\",\"receivedAt\":\""
                + earlier
                + "\"}"))
        .getString("reference");
  }
}
