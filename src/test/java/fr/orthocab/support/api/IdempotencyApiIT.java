package fr.orthocab.support.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.account.Accounts;
import fr.orthocab.support.account.ApiScope;
import fr.orthocab.support.account.ApiTokens;
import fr.orthocab.support.account.Role;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Customers;
import fr.orthocab.support.customer.Language;
import fr.orthocab.support.subscription.Pack;
import fr.orthocab.support.subscription.Subscriptions;
import fr.orthocab.support.testing.ApiCallsChecked;
import fr.orthocab.support.testing.AsSupervisor;
import fr.orthocab.support.testing.Concurrently;
import fr.orthocab.support.testing.Deployments;
import fr.orthocab.support.testing.InContainerApiCalls;
import fr.orthocab.support.testing.OpenedTickets;
import fr.orthocab.support.ticket.TicketReads;
import fr.orthocab.support.ticket.Tickets;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code Idempotency-Key} on {@code POST /api/tickets} and {@code POST
 * /api/tickets/{reference}/messages}, over HTTP with two read-write tokens of the test's own: a
 * retry answers the first answer without acting twice, even when the retries race.
 */
@ExtendWith({ArquillianExtension.class, ApiCallsChecked.class})
class IdempotencyApiIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @Inject private Tickets tickets;
  @Inject private TicketReads ticketReads;
  @Inject private Customers customers;
  @Inject private Subscriptions subscriptions;
  @Inject private Accounts accounts;
  @Inject private AsSupervisor asSupervisor;
  @Inject private ApiTokens apiTokens;
  @ArquillianResource private URL base;

  private final String mark = UUID.randomUUID().toString().substring(0, 8);
  private final OpenedTickets opened = new OpenedTickets();
  private String token;
  private String otherToken;
  private Customer customer;

  @BeforeEach
  void tokensAndCustomer() throws Exception {
    Account nadia =
        accounts.openForStaff(
            "idem." + mark + ".sup@orthocab.fr", "Nadia", Role.SUPERVISOR, "x".toCharArray());
    token =
        asSupervisor.call(
            () -> apiTokens.create("idempotency " + mark, ApiScope.WRITE, nadia.getId()));
    otherToken =
        asSupervisor.call(
            () -> apiTokens.create("idempotency bis " + mark, ApiScope.WRITE, nadia.getId()));
    customer =
        customers.register(
            new Customer(
                "Idem " + mark,
                "Ines",
                "idem." + mark + "@example.fr",
                Language.FR,
                Instant.now()));
    LocalDate today = LocalDate.now();
    subscriptions.subscribe(customer, Pack.FREE, today.minusDays(10), today.plusDays(10));
  }

  @AfterEach
  void closeWhatWasOpened() {
    ticketsOfTheCustomer().forEach(r -> opened.add(ticketReads.byReference(r).orElseThrow()));
    opened.closeAll(tickets);
  }

  @Test
  void theSameKeyAndBodyOpenOneTicketAndTheRetryGetsTheFirstAnswerMarkedReplayed() {
    String body = newTicket("Agenda bloqué");
    HttpResponse<String> first = post("/api/tickets", token, "key-" + mark, body);
    HttpResponse<String> retry = post("/api/tickets", token, "key-" + mark, body);

    assertEquals(201, first.statusCode(), first.body());
    assertFalse(first.headers().firstValue(IdempotentCall.REPLAYED).isPresent());
    assertSameAnswer(first, retry);
    assertEquals("true", retry.headers().firstValue(IdempotentCall.REPLAYED).orElse(""));
    assertEquals(List.of(json(first).getString("reference")), ticketsOfTheCustomer());
  }

  @Test
  void theSameKeyWithAnotherBodyIsAConflictAndOpensNothingMore() {
    assertEquals(
        201, post("/api/tickets", token, "key-" + mark, newTicket("Rappels")).statusCode());

    HttpResponse<String> reused =
        post("/api/tickets", token, "key-" + mark, newTicket("Rappels SMS"));

    assertEquals(409, reused.statusCode(), reused.body());
    assertEquals(
        Problem.MEDIA_TYPE, reused.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    assertEquals("Idempotency-Key reused with a different body.", json(reused).getString("detail"));
    assertEquals(1, ticketsOfTheCustomer().size());
  }

  @Test
  void aKeyOverTheLengthIsABadRequestAndOpensNothing() {
    HttpResponse<String> refused = postBreakingTheDocument("k".repeat(256), newTicket("Clé"));
    assertEquals(400, refused.statusCode(), refused.body());
    assertTrue(json(refused).getString("detail").contains("Idempotency-Key"), refused.body());
    assertEquals(List.of(), ticketsOfTheCustomer());
    assertEquals(201, post("/api/tickets", token, "k".repeat(255), newTicket("Clé")).statusCode());
  }

  @Test
  void withoutAKeyEachCallOpensItsTicketAsBefore() {
    String body = newTicket("Sans clé");
    HttpResponse<String> first = post("/api/tickets", token, null, body);
    HttpResponse<String> second = post("/api/tickets", token, null, body);

    assertEquals(201, first.statusCode(), first.body());
    assertEquals(201, second.statusCode(), second.body());
    assertFalse(second.headers().firstValue(IdempotentCall.REPLAYED).isPresent());
    assertEquals(2, ticketsOfTheCustomer().size());
  }

  @Test
  void aRefusedCallKeepsNoAnswerSoTheCorrectedCallMayReuseItsKey() {
    HttpResponse<String> refused =
        postBreakingTheDocument(
            "key-" + mark, "{\"customerEmail\":\"" + customer.getEmail() + "\",\"body\":\"x\"}");
    assertEquals(400, refused.statusCode(), refused.body());

    HttpResponse<String> corrected =
        post("/api/tickets", token, "key-" + mark, newTicket("Corrigée"));

    assertEquals(201, corrected.statusCode(), corrected.body());
    assertEquals(1, ticketsOfTheCustomer().size());
  }

  @Test
  void twoTokensSendingTheSameKeyEachOpenTheirTicket() {
    String body = newTicket("Deux intégrations");
    HttpResponse<String> mine = post("/api/tickets", token, "shared-" + mark, body);
    HttpResponse<String> theirs = post("/api/tickets", otherToken, "shared-" + mark, body);

    assertEquals(201, mine.statusCode(), mine.body());
    assertEquals(201, theirs.statusCode(), theirs.body());
    assertFalse(theirs.headers().firstValue(IdempotentCall.REPLAYED).isPresent());
    assertNotEquals(json(mine).getString("reference"), json(theirs).getString("reference"));
    assertEquals(2, ticketsOfTheCustomer().size());
  }

  @Test
  void aRetriedMessageIsAddedOnceAndAnotherBodyUnderItsKeyIsAConflict() {
    HttpResponse<String> created = post("/api/tickets", token, null, newTicket("Message"));
    String messages = "/api/tickets/" + json(created).getString("reference") + "/messages";
    String reply = "{\"author\":\"AGENT\",\"body\":\"Bonjour, voici la marche à suivre.\"}";
    int before = json(created).getJsonArray("messages").size();

    HttpResponse<String> first = post(messages, token, "reply-" + mark, reply);
    HttpResponse<String> retry = post(messages, token, "reply-" + mark, reply);
    HttpResponse<String> reused =
        post(messages, token, "reply-" + mark, reply.replace("voici", "voilà"));

    assertEquals(201, first.statusCode(), first.body());
    assertSameAnswer(first, retry);
    assertEquals("true", retry.headers().firstValue(IdempotentCall.REPLAYED).orElse(""));
    assertEquals(409, reused.statusCode(), reused.body());
    assertEquals(before + 1, json(first).getJsonArray("messages").size());
    assertEquals(
        before + 1, json(get(messages.replace("/messages", ""))).getJsonArray("messages").size());
  }

  /**
   * Twenty retries at once, as a client's retries spread over the nodes of a cluster would arrive:
   * the key's row is claimed under a primary key, so the database holds all but one until that one
   * commits, and each then answers what it recorded.
   */
  @Test
  void retriesRacingWithOneKeyOpenExactlyOneTicketAndAllGetTheSameAnswer() throws Exception {
    String body = newTicket("Rafale de relances");
    ExecutorService executor = Executors.newFixedThreadPool(20);
    List<HttpResponse<String>> answers;
    try {
      answers =
          Concurrently.run(
              executor, 20, () -> post("/api/tickets", token, "race-" + mark, body), null);
    } finally {
      executor.shutdownNow();
    }

    assertEquals(
        Set.of(201),
        answers.stream().map(HttpResponse::statusCode).collect(Collectors.toSet()),
        answers.stream().map(HttpResponse::body).toList().toString());
    assertEquals(1, answers.stream().map(HttpResponse::body).distinct().count());
    assertEquals(
        1, answers.stream().map(a -> a.headers().firstValue("Location")).distinct().count());
    assertEquals(
        19,
        answers.stream()
            .filter(a -> a.headers().firstValue(IdempotentCall.REPLAYED).isPresent())
            .count());
    assertEquals(List.of(json(answers.get(0)).getString("reference")), ticketsOfTheCustomer());
  }

  private static void assertSameAnswer(HttpResponse<String> first, HttpResponse<String> retry) {
    assertEquals(first.statusCode(), retry.statusCode(), retry.body());
    assertEquals(first.body(), retry.body());
    assertEquals(first.headers().firstValue("Location"), retry.headers().firstValue("Location"));
    assertEquals(first.headers().firstValue("ETag"), retry.headers().firstValue("ETag"));
  }

  private String newTicket(String subject) {
    return "{\"customerEmail\":\""
        + customer.getEmail()
        + "\",\"subject\":\""
        + subject
        + " "
        + mark
        + "\",\"body\":\"Bonjour, "
        + subject
        + "\"}";
  }

  private List<String> ticketsOfTheCustomer() {
    return json(get("/api/tickets?size=100&customerEmail=" + customer.getEmail()))
        .getJsonArray("items")
        .stream()
        .map(t -> t.asJsonObject().getString("reference"))
        .sorted()
        .toList();
  }

  private HttpResponse<String> get(String path) {
    InContainerApiCalls api = new InContainerApiCalls(base);
    return api.send(api.request(path).header("Authorization", "Bearer " + token).GET().build());
  }

  private HttpResponse<String> post(String path, String bearer, String key, String json) {
    InContainerApiCalls api = new InContainerApiCalls(base);
    return api.send(request(api, path, bearer, key, json));
  }

  /** An invalid key or body, which the document rules out: only the answer is held to it. */
  private HttpResponse<String> postBreakingTheDocument(String key, String json) {
    InContainerApiCalls api = new InContainerApiCalls(base);
    return api.sendBreakingTheDocument(request(api, "/api/tickets", token, key, json));
  }

  private static HttpRequest request(
      InContainerApiCalls api, String path, String bearer, String key, String json) {
    HttpRequest.Builder request =
        api.request(path)
            .header("Authorization", "Bearer " + bearer)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (key != null) {
      request.header(IdempotentCall.HEADER, key);
    }
    return request.build();
  }

  private static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }
}
