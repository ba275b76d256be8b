package fr.orthocab.support.api;

import static fr.orthocab.support.testing.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.orthocab.support.testing.ApiClient;
import fr.orthocab.support.testing.ApiContract;
import fr.orthocab.support.testing.Concurrently;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.RawHttp;
import fr.orthocab.support.testing.SharedDesk;
import fr.orthocab.support.testing.Webhook;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The ticket API's contract over HTTP: the pipeline's decisions, and every answer it gives. */
@ExtendWith(SharedDesk.class)
class TicketApiIT {
  private final DeskServer desk;
  private final ApiClient api;
  private final String unique = UUID.randomUUID().toString().substring(0, 8);
  private final List<String> opened = new ArrayList<>();

  /**
   * Requests of demo customers are dated ten days back (as an import would be): the browser tests
   * that share the desk send theirs today, under the daily quota this one must not use up.
   */
  private final String earlier =
      ",\"receivedAt\":\""
          + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
              OffsetDateTime.now(ZoneOffset.UTC).minusDays(10).withNano(0))
          + "\"";

  TicketApiIT(DeskServer desk) {
    this.desk = desk;
    this.api = new ApiClient(desk, Demo.API_TOKEN);
  }

  /** Tickets left open would change the queue other tests look at: close them. */
  @AfterEach
  void closeWhatWasOpened() {
    for (String reference : opened) {
      JsonObject ticket = json(api.get("/api/tickets/" + reference));
      if (!ticket.getString("status").equals("CLOSED")) {
        api.post("/api/tickets/" + reference + "/status", "{\"status\":\"CLOSED\"}");
      }
    }
  }

  private JsonObject open(String json) {
    HttpResponse<String> response = api.post("/api/tickets", json);
    assertEquals(201, response.statusCode(), response.body());
    JsonObject ticket = json(response);
    opened.add(ticket.getString("reference"));
    assertEquals(
        "/api/tickets/" + ticket.getString("reference"),
        response
            .headers()
            .firstValue("Location")
            .map(l -> l.replaceFirst("^https?://[^/]+", ""))
            .orElse(""));
    return ticket;
  }

  @Test
  void theNewTicketsLocationNeverNamesTheHostTheCallerWrote() throws Exception {
    // dated apart from the other tests' requests, so as to leave their day's quota alone
    String body =
        request(
            Demo.CLAIRE,
            "Adresse de la demande " + unique,
            ",\"receivedAt\":\""
                + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                    OffsetDateTime.now(ZoneOffset.UTC).minusDays(20).withNano(0))
                + "\"");
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    Map<String, String> answer =
        RawHttp.send(
            desk,
            "POST /api/tickets HTTP/1.1\r\nHost: evil.example\r\nAuthorization: Bearer "
                + Demo.API_TOKEN
                + "\r\nContent-Type: application/json\r\nContent-Length: "
                + bytes.length,
            bytes);
    String location = answer.getOrDefault("location", "");
    assertEquals("201", answer.get("status"), answer.toString());
    assertTrue(location.matches("/api/tickets/OC-\\d+"), location);
    opened.add(location.substring("/api/tickets/".length()));
  }

  private static String request(String email, String subject, String extra) {
    return "{\"customerEmail\":\""
        + email
        + "\",\"subject\":\""
        + subject
        + "\",\"body\":\"Bonjour, "
        + subject
        + "\""
        + extra
        + "}";
  }

  private static JsonObject decision(JsonObject ticket, String clause) {
    return ticket.getJsonArray("decisions").stream()
        .map(JsonValue::asJsonObject)
        .filter(d -> d.getString("clause").equals(clause))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + clause + " decision in " + ticket));
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(
        "application/problem+json",
        response.headers().firstValue("Content-Type").orElse("").replaceFirst(";.*", ""));
    JsonObject problem = json(response);
    assertEquals(status, problem.getInt("status"));
    assertFalse(problem.getString("detail").isBlank());
    assertFalse(response.body().contains("\tat ") || response.body().contains("Exception"));
  }

  @Test
  void throughTheApiAloneEachRuleDecidesUnderVersionOne() {
    JsonObject renewal =
        open(request(Demo.SOPHIE, "Renouveler " + unique, ",\"category\":\"RENEWAL\"" + earlier));
    assertEquals("OPEN", renewal.getString("status"));
    assertEquals("RENEWAL", renewal.getString("category"));
    assertEquals("API", renewal.getString("channel"));
    assertEquals("ACCEPTED", decision(renewal, "ELIG-RENEWAL").getString("outcome"));

    JsonObject other =
        open(request(Demo.SOPHIE, "Agenda " + unique, ",\"category\":\"BUG\"" + earlier));
    assertEquals("AWAITING_RENEWAL", other.getString("status"));
    assertEquals("HELD", decision(other, "ELIG-ACTIVE").getString("outcome"));
    assertProblem(
        api.post(
            "/api/tickets/" + other.getString("reference") + "/status", "{\"status\":\"OPEN\"}"),
        409);

    JsonObject priority = open(request(Demo.CLAIRE, "Visio " + unique, earlier));
    assertEquals("HIGH", priority.getString("priority"));
    assertEquals("PRIORITISED", decision(priority, "SCOPE-PRIORITY").getString("outcome"));

    JsonObject unknown = open(request("inconnu." + unique + "@example.fr", "Accès", ""));
    assertEquals("AWAITING_IDENTIFICATION", unknown.getString("status"));
    assertEquals("HELD", decision(unknown, "ID-INFO").getString("outcome"));
    assertFalse(unknown.getJsonObject("customer").getBoolean("identified"));

    // an import dated in the past: its quota counts the 24 hours before that date only
    OffsetDateTime day = OffsetDateTime.of(2021, 3, 1, 10, 0, 0, 0, ZoneOffset.ofHours(1));
    JsonObject sixth = null;
    for (int i = 1; i <= 6; i++) {
      sixth =
          open(
              request(
                  Demo.SOPHIE,
                  "Import " + i + " " + unique,
                  ",\"receivedAt\":\""
                      + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(day.plusMinutes(i))
                      + "\""));
    }
    assertEquals("THROTTLED", sixth.getString("status"));
    assertEquals("THROTTLED", decision(sixth, "REFUSE-SPAM").getString("outcome"));
    assertEquals("2021-03-01T10:06:00+01:00", sixth.getString("receivedAt"));

    for (JsonObject ticket : List.of(renewal, other, priority, unknown, sixth)) {
      ticket.getJsonArray("decisions").stream()
          .map(JsonValue::asJsonObject)
          .forEach(d -> assertEquals("1", d.getString("policyVersion"), d.toString()));
    }
  }

  @Test
  void fiftyConcurrentRequestsOfANewCustomerOpenExactlyTheQuotaAndEachKeepsItsDecisions()
      throws Exception {
    String email = "rafale." + unique + "@example.fr";
    assertEquals(
        200,
        new Webhook(desk)
            .signed(Webhook.event("evt_burst_" + unique, email, "Rafale", "Roxane"))
            .statusCode());
    ExecutorService executor = Executors.newFixedThreadPool(50);
    List<HttpResponse<String>> responses;
    try {
      responses =
          Concurrently.run(
              executor,
              50,
              () -> api.post("/api/tickets", request(email, "Rafale " + unique, "")),
              null);
    } finally {
      executor.shutdownNow();
    }
    List<JsonObject> tickets = new ArrayList<>();
    for (HttpResponse<String> response : responses) {
      assertEquals(201, response.statusCode(), response.body());
      JsonObject ticket = json(response);
      opened.add(ticket.getString("reference"));
      tickets.add(ticket);
    }
    for (JsonObject ticket : tickets) {
      assertEquals("ACCEPTED", decision(ticket, "ELIG-ACTIVE").getString("outcome"));
      assertEquals("PRIORITISED", decision(ticket, "SCOPE-PRIORITY").getString("outcome"));
    }
    Map<String, List<JsonObject>> byStatus =
        tickets.stream().collect(Collectors.groupingBy(t -> t.getString("status")));
    assertEquals(Set.of("OPEN", "THROTTLED"), byStatus.keySet(), byStatus.keySet().toString());
    assertEquals(5, byStatus.get("OPEN").size());
    assertEquals(45, byStatus.get("THROTTLED").size());
    // the sixth to the fiftieth, each counted once: no two requests saw the same count
    List<String> ranks =
        byStatus.get("THROTTLED").stream()
            .map(t -> decision(t, "REFUSE-SPAM"))
            .peek(d -> assertEquals("THROTTLED", d.getString("outcome")))
            .map(d -> d.getString("detail").replaceFirst("e demande.*", ""))
            .sorted(Comparator.comparingInt(Integer::parseInt))
            .toList();
    assertEquals(IntStream.rangeClosed(6, 50).mapToObj(Integer::toString).toList(), ranks, "ranks");

    List<JsonObject> saved =
        json(api.get("/api/tickets?customerEmail=" + email + "&size=100"))
            .getJsonArray("items")
            .getValuesAs(JsonObject.class);
    assertEquals(50, saved.size());
    for (JsonObject ticket : saved) {
      boolean throttled = ticket.getString("status").equals("THROTTLED");
      assertEquals(
          throttled,
          ticket.getJsonArray("decisions").stream()
              .anyMatch(d -> d.asJsonObject().getString("clause").equals("REFUSE-SPAM")),
          "as saved: " + ticket);
    }
  }

  @Test
  void aSenderIdentifiedThroughTheApiContinuesThroughTheRules() {
    // three days back: within the week before an unidentified request is refused (REFUSE-ID)
    String threeDaysBack =
        ",\"receivedAt\":\""
            + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(3).withNano(0))
            + "\"";
    JsonObject unknown = open(request("perso." + unique + "@example.fr", "Export", threeDaysBack));
    String path = "/api/tickets/" + unknown.getString("reference") + "/identification";

    assertProblem(
        api.post(
            path,
            "{\"surname\":\"Bernard\",\"firstName\":\"Paul\",\"loginEmail\":\""
                + Demo.JULIEN
                + "\"}"),
        422);
    HttpResponse<String> identified =
        api.post(
            path,
            "{\"surname\":\"BERNARD\",\"firstName\":\"julien\",\"loginEmail\":\""
                + Demo.JULIEN
                + "\"}");
    assertEquals(200, identified.statusCode(), identified.body());
    JsonObject ticket = json(identified);
    assertEquals("OPEN", ticket.getString("status"));
    assertEquals(Demo.JULIEN, ticket.getJsonObject("customer").getString("email"));
    assertEquals(
        "ACCEPTED",
        ticket.getJsonArray("decisions").stream()
            .map(JsonValue::asJsonObject)
            .filter(d -> d.getString("clause").equals("ID-INFO"))
            .reduce((first, last) -> last)
            .orElseThrow()
            .getString("outcome"));
    assertProblem(
        api.post(
            path,
            "{\"surname\":\"Bernard\",\"firstName\":\"Julien\",\"loginEmail\":\""
                + Demo.JULIEN
                + "\"}"),
        409);
  }

  @Test
  void messagesVersionsAndTheList() {
    JsonObject ticket = open(request(Demo.CLAIRE, "Messages " + unique, earlier));
    String reference = ticket.getString("reference");
    String path = "/api/tickets/" + ticket.getString("reference");
    String etag = api.get(path).headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> reply =
        api.post(
            path + "/messages",
            "{\"author\":\"AGENT\",\"agentEmail\":\"" + Demo.LUCIE + "\",\"body\":\"Réponse\"}",
            etag);
    assertEquals(201, reply.statusCode(), reply.body());
    assertProblem(
        api.post(
            path + "/messages",
            "{\"author\":\"AGENT\",\"agentEmail\":\""
                + Demo.LUCIE
                + "\",\"visibility\":\"INTERNAL\",\"body\":\"Trop tard\"}",
            etag),
        409);
    assertEquals(
        201,
        api.post(
                path + "/messages",
                "{\"author\":\"AGENT\",\"agentEmail\":\""
                    + Demo.LUCIE
                    + "\",\"visibility\":\"INTERNAL\",\"body\":\"Note interne\"}")
            .statusCode());
    JsonObject afterComment =
        json(api.post(path + "/messages", "{\"author\":\"CUSTOMER\",\"body\":\"Merci, mais...\"}"));
    List<String> acknowledgements =
        afterComment.getJsonArray("messages").stream()
            .map(JsonValue::asJsonObject)
            .filter(m -> m.getString("authorKind").equals("SYSTEM"))
            .map(m -> m.getString("body"))
            .toList();
    assertEquals(1, acknowledgements.size(), acknowledgements.toString());
    assertTrue(acknowledgements.get(0).contains("au plus tard le"), acknowledgements.toString());
    List<String> thread =
        afterComment.getJsonArray("messages").stream()
            .map(JsonValue::asJsonObject)
            .filter(m -> !m.getString("authorKind").equals("SYSTEM"))
            .map(
                m ->
                    m.getString("authorKind")
                        + "/"
                        + m.getString("visibility")
                        + "/"
                        + m.getString("body"))
            .toList();
    assertEquals(
        List.of(
            "CUSTOMER/PUBLIC/Bonjour, Messages " + unique,
            "AGENT/PUBLIC/Réponse",
            "AGENT/INTERNAL/Note interne",
            "CUSTOMER/PUBLIC/Merci, mais..."),
        thread);

    JsonObject page =
        json(api.get("/api/tickets?customerEmail=" + Demo.CLAIRE + "&status=OPEN&size=2"));
    assertEquals(2, page.getInt("size"));
    long total = page.getJsonNumber("total").longValue();
    assertTrue(total >= 1, page.toString());
    List<JsonObject> all =
        json(api.get("/api/tickets?customerEmail=" + Demo.CLAIRE + "&status=OPEN&size=100"))
            .getJsonArray("items")
            .getValuesAs(JsonObject.class);
    assertEquals(Math.min(total, 100), all.size());
    assertTrue(all.stream().allMatch(t -> t.getString("status").equals("OPEN")));
    assertTrue(all.stream().anyMatch(t -> t.getString("reference").equals(reference)));
    List<OffsetDateTime> received =
        all.stream().map(t -> OffsetDateTime.parse(t.getString("receivedAt"))).toList();
    for (int i = 1; i < received.size(); i++) {
      assertFalse(received.get(i).isAfter(received.get(i - 1)), "newest first: " + received);
    }
    HttpResponse<String> invalid =
        api.malformed().get("/api/tickets?status=LOST&size=1000&page=-1");
    assertProblem(invalid, 400);
    assertEquals(3, json(invalid).getJsonArray("errors").size());
  }

  @Test
  void theSlaFollowsRepliesAndComments() {
    JsonObject ticket = open(request(Demo.CLAIRE, "Délai " + unique, earlier));
    String path = "/api/tickets/" + ticket.getString("reference");
    JsonObject sla = ticket.getJsonObject("sla");
    assertTrue(
        Set.of("RUNNING", "WARNING", "OBJECTIVE_MISSED", "BREACHED")
            .contains(sla.getString("state")),
        sla.toString());
    assertEquals("TELESOIN", sla.getJsonObject("policy").getString("pack"));
    assertEquals(120, sla.getJsonObject("policy").getInt("objectiveOpeningMinutes"));
    assertTrue(
        sla.getString("deadlineDueAt").matches(".*T00:00:00\\+0[12]:00"),
        "DELAY-MAX ends at midnight in Paris: " + sla);
    OffsetDateTime received = OffsetDateTime.parse(ticket.getString("receivedAt"));
    assertTrue(OffsetDateTime.parse(sla.getString("objectiveDueAt")).isAfter(received));
    JsonObject started = sla.getJsonArray("events").getJsonObject(0);
    assertEquals("STARTED", started.getString("kind"));
    assertEquals(received, OffsetDateTime.parse(started.getString("occurredAt")));

    api.post(
        path + "/messages",
        "{\"author\":\"AGENT\",\"agentEmail\":\"" + Demo.LUCIE + "\",\"body\":\"Réponse\"}");
    JsonObject answered = json(api.get(path)).getJsonObject("sla");
    assertEquals("SATISFIED", answered.getString("state"), answered.toString());
    JsonObject satisfied =
        answered.getJsonArray("events").stream()
            .map(JsonValue::asJsonObject)
            .filter(e -> e.getString("kind").equals("SATISFIED"))
            .findFirst()
            .orElseThrow();
    assertTrue(satisfied.getJsonNumber("openingSeconds").longValue() > 0, satisfied.toString());

    OffsetDateTime beforeComment = OffsetDateTime.now();
    JsonObject again =
        json(api.post(path + "/messages", "{\"author\":\"CUSTOMER\",\"body\":\"Encore\"}"))
            .getJsonObject("sla");
    assertEquals("RUNNING", again.getString("state"), again.toString());
    assertTrue(
        OffsetDateTime.parse(again.getString("objectiveDueAt")).isAfter(beforeComment),
        "the comment restarted the clock: " + again);
    assertEquals(
        2,
        again.getJsonArray("events").stream()
            .map(JsonValue::asJsonObject)
            .filter(e -> e.getString("kind").equals("STARTED"))
            .count());
  }

  @Test
  void everyErrorIsAProblemWithItsStatus() {
    assertProblem(new ApiClient(desk, null).malformed().get("/api/tickets"), 401);
    HttpResponse<String> wrongToken = new ApiClient(desk, "nope").get("/api/tickets");
    assertProblem(wrongToken, 401);
    assertTrue(wrongToken.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));

    HttpResponse<String> invalid =
        api.malformed()
            .post(
                "/api/tickets",
                "{\"customerEmail\":\"pas-un-email\",\"body\":\"x\",\"category\":\"ZOOM\","
                    + "\"receivedAt\":\"2999-01-01T00:00:00+01:00\"}");
    assertProblem(invalid, 400);
    List<String> fields =
        json(invalid).getJsonArray("errors").stream()
            .map(e -> e.asJsonObject().getString("field"))
            .sorted()
            .toList();
    assertEquals(List.of("category", "customerEmail", "receivedAt", "subject"), fields);

    assertProblem(api.malformed().post("/api/tickets", "{\"customerEmail\": "), 400);
    assertProblem(
        api.malformed()
            .send(
                api.base("/api/tickets")
                    .header("Content-Type", "text/plain")
                    .POST(ApiClient.body("bonjour"))),
        415);
    String tooLarge = request(Demo.CLAIRE, "Gros", ",\"pad\":\"" + "x".repeat(300_000) + "\"");
    assertProblem(
        api.malformed()
            .send(
                api.base("/api/tickets")
                    .expectContinue(true)
                    .header("Content-Type", "application/json")
                    .POST(ApiClient.body(tooLarge))),
        413);
    assertProblem(api.get("/api/tickets/OC-999999999"), 404);
    assertProblem(api.get("/api/tickets/pas-une-reference"), 404);
  }

  /**
   * Problem 4 of issue 14: each of these answered a 500, or was taken and stored as sent. Asserted
   * all together, so that a failure names every item at fault.
   */
  @Test
  void hostileButWellFormedJsonIsAClearProblem() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    String digits = "9".repeat(100_000);
    String trailing = request(Demo.CLAIRE, "Traîne " + unique, earlier) + " et du reste";
    byte[] untyped = request(Demo.CLAIRE, "Sans type", earlier).getBytes(StandardCharsets.UTF_8);
    assertAll(
        () -> assertProblem(post(request(Demo.CLAIRE, "Profond", ",\"pad\":" + deep)), 400),
        () -> assertProblem(post(request(Demo.CLAIRE, "Chiffres", ",\"pad\":" + digits)), 400),
        () ->
            assertFieldsAtFault(
                post(
                    request(
                        Demo.CLAIRE,
                        "Antique",
                        ",\"receivedAt\":\"-999999999-01-01T00:00:00+01:00\"")),
                "receivedAt"),
        () -> assertProblem(post(trailing), 400),
        () ->
            assertProblem(
                api.malformed()
                    .send(
                        api.base("/api/tickets")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(untyped))),
                415),
        () ->
            assertFieldsAtFault(
                post(request(Demo.CLAIRE, "Nul\\u0000ici", earlier)), "subject", "body"),
        () ->
            assertFieldsAtFault(
                post(request(Demo.CLAIRE, "facture\\u202etxt.exe", earlier)), "subject", "body"),
        () ->
            assertFieldsAtFault(
                post(request(Demo.CLAIRE, "seul \\ud800 ici", earlier)), "subject", "body"),
        () ->
            assertFieldsAtFault(
                post(request(Demo.CLAIRE, "Nom", earlier + ",\"surname\":\"Dupont\\u2066\"")),
                "surname"));
  }

  /** A request that breaks the document on purpose: only its answer is held to it. */
  private HttpResponse<String> post(String json) {
    HttpResponse<String> response = api.malformed().post("/api/tickets", json);
    if (response.statusCode() == 201) {
      opened.add(json(response).getString("reference"));
    }
    return response;
  }

  private static void assertFieldsAtFault(HttpResponse<String> response, String... fields) {
    assertProblem(response, 400);
    assertEquals(
        List.of(fields),
        json(response).getJsonArray("errors").stream()
            .map(e -> e.asJsonObject().getString("field"))
            .toList(),
        response.body());
  }

  /**
   * The tests hold every call to the document the build ships ({@link ApiContract}); clients read
   * what {@code /openapi} serves, Payara's rendering of it: both must say the same.
   */
  @Test
  void openapiServesTheDocumentTheTestsHoldTheApiTo() {
    HttpResponse<String> served = new ApiClient(desk, null).get("/openapi");
    assertEquals(200, served.statusCode());
    assertEquals(essentials(ApiContract.shippedDocument()), essentials(served.body()));
  }

  /**
   * What a client reads in a document, whatever its source's form and order (servers aside). Payara
   * writes the document with Jackson's NON_EMPTY inclusion, which drops the null and empty members
   * of example values (a ticket's {@code "flags": []}), and a value left empty: they are left out
   * on both sides, the examples themselves being checked against the schemas in {@link
   * OpenApiDocumentTest}.
   */
  private static JsonNode essentials(String document) {
    SwaggerParseResult parsed =
        new OpenAPIV3Parser().readContents(document, null, new ParseOptions());
    assertNotNull(parsed.getOpenAPI(), () -> parsed.getMessages() + " in " + document);
    OpenAPI api = parsed.getOpenAPI();
    api.setServers(null);
    JsonNode tree = Json.mapper().valueToTree(api);
    for (JsonNode parent : tree.findParents("examples")) {
      // an example whose value is left empty ({"agentEmail": null}) loses its value too
      parent.get("examples").forEach(TicketApiIT::dropEmpty);
    }
    return tree;
  }

  private static void dropEmpty(JsonNode node) {
    if (node == null || !node.isContainerNode()) {
      return;
    }
    node.forEach(TicketApiIT::dropEmpty);
    if (node instanceof ObjectNode object) {
      List<String> empty = new ArrayList<>();
      object
          .fields()
          .forEachRemaining(
              field -> {
                JsonNode value = field.getValue();
                if (value.isNull()
                    || ((value.isContainerNode() || value.isTextual()) && value.isEmpty())) {
                  empty.add(field.getKey());
                }
              });
      object.remove(empty);
    }
  }
}
