package fr.orthocab.support.api;

import static fr.orthocab.support.testing.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.ApiClient;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail over HTTP: a token's changes of a ticket are there in its name, newest first, a
 * page at a time; no token is a 401, bad parameters a 400 naming each.
 */
@ExtendWith(SharedDesk.class)
class AuditApiIT {
  private final DeskServer desk;
  private final ApiClient api;
  private final String unique = UUID.randomUUID().toString().substring(0, 8);

  AuditApiIT(DeskServer desk) {
    this.desk = desk;
    this.api = new ApiClient(desk, Demo.API_TOKEN);
  }

  @Test
  void aTokensStatusChangesAreListedInItsNameNewestFirstPageByPage() {
    String earlier =
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            OffsetDateTime.now(ZoneOffset.UTC).minusDays(10).withNano(0));
    String since =
        URLEncoder.encode(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5).withNano(0)),
            StandardCharsets.UTF_8);
    JsonObject ticket =
        json(
            api.post(
                "/api/tickets",
                "{\"customerEmail\":\""
                    + Demo.JULIEN
                    + "\",\"subject\":\"Audit "
                    + unique
                    + "\",\"body\":\"Mes rappels partent en retard.\",\"receivedAt\":\""
                    + earlier
                    + "\"}"));
    String reference = ticket.getString("reference");
    for (String status : new String[] {"RESOLVED", "OPEN", "CLOSED"}) {
      assertEquals(
          200,
          api.post("/api/tickets/" + reference + "/status", "{\"status\":\"" + status + "\"}")
              .statusCode());
    }

    String query =
        "/api/audit?ticket="
            + reference
            + "&action=TICKET_STATUS_CHANGED&actor=api&since="
            + since
            + "&size=2";
    HttpResponse<String> first = api.get(query);
    assertEquals(200, first.statusCode(), first.body());
    JsonObject page = json(first);
    assertEquals(2, page.getJsonArray("entries").size());
    JsonObject newest = page.getJsonArray("entries").getJsonObject(0);
    assertEquals("OPEN → CLOSED", newest.getString("detail"));
    assertEquals("API : bootstrap", newest.getString("actor"));
    assertEquals(reference, newest.getString("ticket"));
    assertFalse(newest.containsKey("actorAccountId"), "the bootstrap token has no account");
    assertTrue(newest.containsKey("customer"));
    assertEquals(
        "RESOLVED → OPEN", page.getJsonArray("entries").getJsonObject(1).getString("detail"));

    JsonObject older = json(api.get(query + "&before=" + page.getString("next")));
    assertEquals(1, older.getJsonArray("entries").size());
    assertEquals(
        "OPEN → RESOLVED", older.getJsonArray("entries").getJsonObject(0).getString("detail"));
    assertFalse(older.containsKey("next"), "the last page");
  }

  @Test
  void withoutATokenItIs401AndBadParametersAre400NamingEach() {
    HttpResponse<String> anonymous = new ApiClient(desk, null).malformed().get("/api/audit");
    assertEquals(401, anonymous.statusCode());
    assertTrue(anonymous.headers().firstValue("WWW-Authenticate").isPresent());

    HttpResponse<String> bad =
        api.malformed()
            .get(
                "/api/audit?since=yesterday&action=DROPPED&ticket=1042&customer=x&before=zz&size=0");
    assertEquals(400, bad.statusCode());
    assertTrue(
        bad.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    String fields = json(bad).getJsonArray("errors").toString();
    for (String field : new String[] {"since", "action", "ticket", "customer", "before", "size"}) {
      assertTrue(fields.contains("\"" + field + "\""), field + " in " + fields);
    }

    HttpResponse<String> backwards =
        api.malformed()
            .get("/api/audit?since=2026-11-27T00:00:00%2B01:00&until=2026-11-26T00:00:00%2B01:00");
    assertEquals(400, backwards.statusCode());
    assertTrue(backwards.body().contains("until"), backwards.body());
  }
}
