package fr.orthocab.support.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import fr.orthocab.support.testing.Deployments;
import fr.orthocab.support.testing.InContainerApiCalls;
import fr.orthocab.support.testing.OpenedTickets;
import fr.orthocab.support.ticket.NewRequest;
import fr.orthocab.support.ticket.Priority;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketChannel;
import fr.orthocab.support.ticket.TicketReads;
import fr.orthocab.support.ticket.TicketStatus;
import fr.orthocab.support.ticket.Tickets;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code GET /api/tickets?q=&assignee=} and {@code GET /api/customers?q=} over HTTP, with a read
 * token, held to the API's document. In the container, so that tickets can be assigned.
 */
@ExtendWith({ArquillianExtension.class, ApiCallsChecked.class})
class SearchApiIT {
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

  /** Consonants only: one term of its own, which the analysis leaves as it is. */
  private final String mark = "zq" + consonants(UUID.randomUUID().getLeastSignificantBits());

  private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
  private final OpenedTickets opened = new OpenedTickets();
  private String token;

  @BeforeEach
  void readToken() throws Exception {
    Account nadia =
        accounts.openForStaff(mark + ".sup@orthocab.fr", "Nadia", Role.SUPERVISOR, pwd());
    token =
        asSupervisor.call(() -> apiTokens.create("search " + mark, ApiScope.READ, nadia.getId()));
  }

  @AfterEach
  void closeWhatWasOpened() {
    opened.closeAll(tickets);
  }

  @Test
  void wordsFindTicketsBestMatchFirstWithTheDesksFrenchAnalysis() {
    Customer customer = customer("Durand", "Camille");
    Ticket once = open(customer, "Rappel SMS " + mark, "Les rappels ne partent pas.");
    Ticket more = open(customer, "Problèmes de rappels SMS " + mark, "Problème, gros pb de SMS.");
    open(customer, "Facture " + mark, "Une facture en double.");

    JsonObject page = get("/api/tickets?q=" + encode("problemes " + mark));
    assertEquals(List.of(more.getReference()), references(page));
    assertEquals(1, page.getInt("total"));

    assertEquals(
        List.of(more.getReference(), once.getReference()),
        references(get("/api/tickets?q=" + encode("SMS " + mark) + "&status=OPEN")));
    assertEquals(
        List.of(), references(get("/api/tickets?q=" + encode("SMS " + mark) + "&status=CLOSED")));
  }

  @Test
  void assigneeIsAnAgentsEmailOrNone() {
    Customer customer = customer("Roux", "Marc");
    Ticket mine = open(customer, "Agenda " + mark, "Agenda vide");
    Ticket nobodys = open(customer, "Agenda bloqué " + mark, "Agenda figé");
    Account lucie = accounts.openForStaff(mark + ".lucie@orthocab.fr", "Lucie", Role.AGENT, pwd());
    tickets.assign(mine.getId(), version(mine), lucie.getId());
    String words = "&q=" + encode("agenda " + mark);

    assertEquals(
        List.of(mine.getReference()),
        references(get("/api/tickets?assignee=" + encode(lucie.getEmail()) + words)));
    assertEquals(
        List.of(nobodys.getReference()), references(get("/api/tickets?assignee=none" + words)));
    assertEquals(
        List.of(mine.getReference()),
        references(
            get(
                "/api/tickets?assignee="
                    + encode(lucie.getEmail())
                    + "&customerEmail="
                    + encode(customer.getEmail()))));
  }

  @Test
  void badParametersAreProblems() {
    HttpResponse<String> badAssignee = send("/api/tickets?assignee=lucie");
    assertEquals(400, badAssignee.statusCode(), badAssignee.body());
    assertTrue(badAssignee.body().contains("assignee"), badAssignee.body());
    assertEquals(
        "application/problem+json",
        badAssignee.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
    HttpResponse<String> longWords = sendBreakingTheDocument("/api/tickets?q=" + "a".repeat(201));
    assertEquals(400, longWords.statusCode(), longWords.body());
    HttpResponse<String> badSize = sendBreakingTheDocument("/api/customers?q=x&size=0");
    assertEquals(400, badSize.statusCode(), badSize.body());
  }

  @Test
  void customersAreFoundByNameWithoutAccentsOrByTheStartOfTheirEmail() {
    Customer nadia = customer("Lefèvre", "Nadïa");
    customer("Lefort", "Paul");

    JsonObject byName = get("/api/customers?q=" + encode("lefevre NADIA " + mark));
    assertEquals(1, byName.getInt("total"));
    JsonObject found = byName.getJsonArray("items").getJsonObject(0);
    assertEquals(nadia.getEmail(), found.getString("email"));
    assertEquals(nadia.getSurname(), found.getString("surname"));
    assertEquals("fr", found.getString("language"));

    assertEquals(2, get("/api/customers?q=" + encode("lef " + mark) + "&size=1").getInt("total"));
    assertEquals(
        1,
        get("/api/customers?q=" + encode("lef " + mark) + "&size=1").getJsonArray("items").size());
    assertEquals(
        1,
        get("/api/customers?q="
                + encode(nadia.getEmail().substring(0, nadia.getEmail().indexOf('@'))))
            .getInt("total"));
  }

  private JsonObject get(String path) {
    HttpResponse<String> response = send(path);
    assertEquals(200, response.statusCode(), response.body());
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  private HttpResponse<String> send(String path) {
    InContainerApiCalls api = new InContainerApiCalls(base);
    return api.send(api.request(path).header("Authorization", "Bearer " + token).GET().build());
  }

  /** Sent with a parameter the document rules out: only the answer is held to it. */
  private HttpResponse<String> sendBreakingTheDocument(String path) {
    InContainerApiCalls api = new InContainerApiCalls(base);
    return api.sendBreakingTheDocument(
        api.request(path).header("Authorization", "Bearer " + token).GET().build());
  }

  private static List<String> references(JsonObject page) {
    return page.getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .map(t -> t.getString("reference"))
        .toList();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /**
   * The customer, whose email carries the test's mark as a name would not: found by name, the mark
   * is one more word (a surname's part) that only this test's customers begin with.
   */
  private Customer customer(String surname, String firstName) {
    Customer customer =
        customers.register(
            new Customer(
                surname + " " + mark,
                firstName,
                mark + "." + surname.hashCode() + "@example.fr",
                Language.FR,
                now));
    LocalDate today = LocalDate.now();
    subscriptions.subscribe(customer, Pack.FREE, today.minusDays(10), today.plusDays(10));
    return customer;
  }

  private Ticket open(Customer customer, String subject, String body) {
    return opened.add(
        tickets.open(
            new NewRequest(
                customer.getId(), subject, TicketCategory.OTHER, TicketChannel.API, body, now),
            Priority.NORMAL,
            TicketStatus.OPEN,
            null));
  }

  private long version(Ticket ticket) {
    return ticketReads.find(ticket.getId()).orElseThrow().getVersion();
  }

  private static char[] pwd() {
    return "x".toCharArray();
  }

  private static String consonants(long random) {
    String letters = "bcdfghjklmnpqrtv";
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      char next = letters.charAt((int) ((random >>> (4 * i)) & 15));
      if (out.isEmpty() || out.charAt(out.length() - 1) != next) {
        out.append(next);
      }
    }
    return out.toString();
  }
}
