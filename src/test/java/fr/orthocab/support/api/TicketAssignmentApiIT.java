package fr.orthocab.support.api;

import static fr.orthocab.support.testing.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.ApiClient;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code POST /api/tickets/{reference}/assignment}: to an active member, to another, back to the
 * queue; recorded in the ticket's history in the token's name; everything else refused with a
 * problem naming why.
 */
@ExtendWith(SharedDesk.class)
class TicketAssignmentApiIT {
  private final ApiClient api;
  private final String unique = UUID.randomUUID().toString().substring(0, 8);
  private String reference;

  TicketAssignmentApiIT(DeskServer desk) {
    this.api = new ApiClient(desk, Demo.API_TOKEN);
  }

  /**
   * Dated 33 days back, as an import would be: out of today's quota of requests, and out of the 24
   * hours of the other tests' imports (each test class its own day).
   */
  @BeforeEach
  void open() {
    String earlier =
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            OffsetDateTime.now(ZoneOffset.UTC).minusDays(33).withNano(0));
    HttpResponse<String> created =
        api.post(
            "/api/tickets",
            "{\"customerEmail\":\""
                + Demo.JULIEN
                + "\",\"subject\":\"Assignation "
                + unique
                + "\",\"body\":\"Les rappels SMS ne partent plus.\",\"receivedAt\":\""
                + earlier
                + "\"}");
    assertEquals(201, created.statusCode(), created.body());
    reference = json(created).getString("reference");
  }

  @AfterEach
  void close() {
    JsonObject ticket = json(api.get("/api/tickets/" + reference));
    if (!ticket.getString("status").equals("CLOSED")) {
      api.post("/api/tickets/" + reference + "/status", "{\"status\":\"CLOSED\"}");
    }
  }

  private HttpResponse<String> assign(String body) {
    return api.post("/api/tickets/" + reference + "/assignment", body);
  }

  @Test
  void aRequestGoesToAnAgentThenAnotherThenBackToTheQueueEachStepInItsHistory() {
    assertTrue(json(api.get("/api/tickets/" + reference)).isNull("assignee"), "in the queue");

    HttpResponse<String> toLucie = assign("{\"agentEmail\":\"" + Demo.LUCIE + "\"}");
    assertEquals(200, toLucie.statusCode(), toLucie.body());
    JsonObject assignee = json(toLucie).getJsonObject("assignee");
    assertEquals(Demo.LUCIE, assignee.getString("email"));
    assertEquals("Lucie Moreau", assignee.getString("name"));
    String etag = toLucie.headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> toThomas =
        api.post(
            "/api/tickets/" + reference + "/assignment",
            "{\"agentEmail\":\"" + Demo.THOMAS.toUpperCase() + "\"}",
            etag);
    assertEquals(200, toThomas.statusCode(), toThomas.body());
    assertEquals(
        Demo.THOMAS, json(toThomas).getJsonObject("assignee").getString("email"), "case aside");

    HttpResponse<String> stale =
        api.post("/api/tickets/" + reference + "/assignment", "{\"agentEmail\":null}", etag);
    assertEquals(409, stale.statusCode(), "the version Lucie's assignment gave is gone");

    HttpResponse<String> back = assign("{\"agentEmail\":null}");
    assertEquals(200, back.statusCode(), back.body());
    assertTrue(json(back).isNull("assignee"));

    JsonArray history =
        json(api.get("/api/audit?ticket=" + reference + "&action=TICKET_ASSIGNED"))
            .getJsonArray("entries");
    assertEquals(2, history.size(), history.toString());
    assertEquals("Lucie Moreau → Thomas Roux", history.getJsonObject(0).getString("detail"));
    assertTrue(history.getJsonObject(0).getString("actor").startsWith("API : "));
    JsonArray unassigned =
        json(api.get("/api/audit?ticket=" + reference + "&action=TICKET_UNASSIGNED"))
            .getJsonArray("entries");
    assertEquals("Thomas Roux", unassigned.getJsonObject(0).getString("detail"));
  }

  @Test
  void whoCannotTakeRequestsAndAMissingNameAreRefusedNamingTheField() {
    for (String body :
        new String[] {
          "{}",
          "{\"agentEmail\":\"" + Demo.CLAIRE + "\"}",
          "{\"agentEmail\":\"nobody." + unique + "@orthocab.fr\"}",
          "{\"agentEmail\":\"pas une adresse\"}",
          "{\"agentEmail\":42}"
        }) {
      HttpResponse<String> refused =
          api.malformed().post("/api/tickets/" + reference + "/assignment", body);
      assertEquals(400, refused.statusCode(), body + " → " + refused.body());
      assertEquals(
          "application/problem+json",
          refused.headers().firstValue("Content-Type").orElse("").split(";")[0]);
      assertTrue(refused.body().contains("agentEmail"), refused.body());
    }
    assertTrue(json(api.get("/api/tickets/" + reference)).isNull("assignee"), "nothing changed");
    assertEquals(
        404,
        api.post("/api/tickets/OC-999999999/assignment", "{\"agentEmail\":null}").statusCode());
  }

  @Test
  void aClosedRequestKeepsTheNameOfWhoWorkedOnIt() {
    assertEquals(200, assign("{\"agentEmail\":\"" + Demo.LUCIE + "\"}").statusCode());
    api.post("/api/tickets/" + reference + "/status", "{\"status\":\"CLOSED\"}");
    HttpResponse<String> refused = assign("{\"agentEmail\":null}");
    assertEquals(409, refused.statusCode(), refused.body());
    assertEquals(
        Demo.LUCIE,
        json(api.get("/api/tickets/" + reference)).getJsonObject("assignee").getString("email"));
  }
}
