package fr.orthocab.support.api;

import static fr.orthocab.support.testing.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.ApiClient;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code POST /api/tickets/bulk}: one change to several tickets, each in the version given; one
 * changed since and an unknown one are skipped and named, the others changed; a body that names no
 * change, no ticket or a status not set by hand is refused whole.
 */
@ExtendWith(SharedDesk.class)
class TicketsInBulkApiIT {
  private final ApiClient api;
  private final String unique = UUID.randomUUID().toString().substring(0, 8);
  private final List<String> opened = new ArrayList<>();

  TicketsInBulkApiIT(DeskServer desk) {
    this.api = new ApiClient(desk, Demo.API_TOKEN);
  }

  @AfterEach
  void close() {
    for (String reference : opened) {
      api.post("/api/tickets/" + reference + "/status", "{\"status\":\"CLOSED\"}");
    }
  }

  /**
   * Sophie's, dated 63 days back (while she was covered), as an import would be: out of today's
   * quota of requests, and out of the 24 hours of the other tests' imports.
   */
  private JsonObject open(int n) {
    String earlier =
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            OffsetDateTime.now(ZoneOffset.UTC).minusDays(63).plusMinutes(n).withNano(0));
    HttpResponse<String> created =
        api.post(
            "/api/tickets",
            "{\"customerEmail\":\""
                + Demo.SOPHIE
                + "\",\"subject\":\"Lot API "
                + unique
                + " "
                + n
                + "\",\"body\":\"Question "
                + n
                + ".\",\"receivedAt\":\""
                + earlier
                + "\"}");
    assertEquals(201, created.statusCode(), created.body());
    JsonObject ticket = json(created);
    opened.add(ticket.getString("reference"));
    return ticket;
  }

  private static String seen(JsonObject ticket) {
    return "{\"reference\":\""
        + ticket.getString("reference")
        + "\",\"version\":"
        + ticket.getJsonNumber("version").longValue()
        + "}";
  }

  @Test
  void theTicketsAsReadAreChangedAndOneChangedSinceOrUnknownIsSkippedAndNamed() {
    JsonObject first = open(1);
    JsonObject second = open(2);
    JsonObject third = open(3);
    HttpResponse<String> taken =
        api.post(
            "/api/tickets/" + second.getString("reference") + "/assignment",
            "{\"agentEmail\":\"" + Demo.THOMAS + "\"}");
    assertEquals(200, taken.statusCode(), taken.body());

    HttpResponse<String> bulk =
        api.post(
            "/api/tickets/bulk",
            "{\"tickets\":["
                + seen(first)
                + ","
                + seen(second)
                + ","
                + seen(third)
                + ",{\"reference\":\"OC-999999999\",\"version\":0}],\"agentEmail\":\""
                + Demo.LUCIE
                + "\",\"note\":\"Reprise groupée.\",\"authorEmail\":\""
                + Demo.THOMAS
                + "\"}");

    assertEquals(200, bulk.statusCode(), bulk.body());
    assertEquals(
        Json.createObjectBuilder()
            .add(
                "changed",
                Json.createArrayBuilder()
                    .add(first.getString("reference"))
                    .add(third.getString("reference")))
            .add(
                "skipped",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("reference", second.getString("reference"))
                            .add("reason", "CHANGED_MEANWHILE"))
                    .add(
                        Json.createObjectBuilder()
                            .add("reference", "OC-999999999")
                            .add("reason", "NOT_FOUND")))
            .build(),
        json(bulk));
    JsonObject now = json(api.get("/api/tickets/" + first.getString("reference")));
    assertEquals(Demo.LUCIE, now.getJsonObject("assignee").getString("email"));
    assertTrue(
        now.getJsonArray("messages").toString().contains("Reprise groupée."), now.toString());
    assertEquals(
        Demo.THOMAS,
        json(api.get("/api/tickets/" + second.getString("reference")))
            .getJsonObject("assignee")
            .getString("email"),
        "left as Thomas took it");
  }

  @Test
  void aBodyWithoutTicketsOrChangeOrWithAStatusNotSetByHandIsRefusedWhole() {
    JsonObject ticket = open(4);
    for (String body :
        List.of(
            "{\"tickets\":[],\"status\":\"RESOLVED\"}",
            "{\"tickets\":[" + seen(ticket) + "]}",
            "{\"tickets\":[" + seen(ticket) + "],\"status\":\"REFUSED\"}",
            "{\"tickets\":[{\"reference\":\"1042\",\"version\":-1}],\"status\":\"RESOLVED\"}")) {
      // against the document on purpose (but the one naming no change): only the answer is checked
      HttpResponse<String> refused = api.malformed().post("/api/tickets/bulk", body);
      assertEquals(400, refused.statusCode(), body + " " + refused.body());
    }
    assertEquals(
        "OPEN", json(api.get("/api/tickets/" + ticket.getString("reference"))).getString("status"));
  }
}
