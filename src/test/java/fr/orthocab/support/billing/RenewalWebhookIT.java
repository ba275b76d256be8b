package fr.orthocab.support.billing;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Customers;
import fr.orthocab.support.intake.Intake;
import fr.orthocab.support.mail.outbox.OutboxMessage;
import fr.orthocab.support.mail.outbox.OutboxTopic;
import fr.orthocab.support.policy.Clause;
import fr.orthocab.support.policy.Decisions;
import fr.orthocab.support.policy.Outcome;
import fr.orthocab.support.sla.SlaClock;
import fr.orthocab.support.sla.SlaClocks;
import fr.orthocab.support.subscription.Subscriptions;
import fr.orthocab.support.testing.ApiCallsChecked;
import fr.orthocab.support.testing.Deployments;
import fr.orthocab.support.testing.InContainerApiCalls;
import fr.orthocab.support.testing.OpenedTickets;
import fr.orthocab.support.ticket.NewRequest;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketChannel;
import fr.orthocab.support.ticket.TicketReads;
import fr.orthocab.support.ticket.TicketStatus;
import fr.orthocab.support.ticket.Tickets;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The renewal webhook over HTTP, called from inside the server so that the database can be read
 * after the calls: every answer, once-only effects under concurrent deliveries, and a renewal that
 * releases a held request with its clock starting then. The server's secrets are the build's
 * test-only {@code it.billing.secrets} (two: a rotation). Every call and its answer are held to the
 * API's OpenAPI document after each test ({@link ApiCallsChecked}); a call that breaks it on
 * purpose ({@code refused}), its answer only.
 */
@ExtendWith({ArquillianExtension.class, ApiCallsChecked.class})
class RenewalWebhookIT {
  private static final String SECRET = "it-billing-new";
  private static final String OLD_SECRET = "it-billing-old";

  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource private URL base;
  @PersistenceContext private EntityManager em;
  @Inject private Customers customers;
  @Inject private Subscriptions subscriptions;
  @Inject private Intake intake;
  @Inject private Tickets tickets;
  @Inject private TicketReads ticketReads;
  @Inject private Decisions decisions;
  @Inject private SlaClocks clocks;
  @Inject private Deliveries deliveries;

  private final String unique = UUID.randomUUID().toString().substring(0, 8);
  private final LocalDate today = LocalDate.now();
  private final OpenedTickets opened = new OpenedTickets();

  @AfterEach
  void closeWhatWasOpened() {
    opened.closeAll(tickets);
  }

  private String event(String eventId, String email, String pack, LocalDate from, LocalDate to) {
    return """
        {"eventId":"%s","occurredAt":"2026-11-26T10:00:00+01:00",\
        "customer":{"email":"%s","surname":"Lefort","firstName":"Inès","language":"fr"},\
        "subscription":{"pack":"%s","periodStart":"%s","periodEnd":"%s"}}"""
        .formatted(eventId, email, pack, from, to);
  }

  private String email(String who) {
    return who + "." + unique + "@example.fr";
  }

  /** A delivery as the document describes it: the call and its answer are held to it. */
  private HttpResponse<String> deliver(String body, String signature, String contentType) {
    return api().send(delivery(body, signature, contentType));
  }

  private HttpResponse<String> deliver(String body) {
    return deliver(body, signed(SECRET, body), "application/json");
  }

  /**
   * A delivery breaking the document on purpose (no or a bad signature, another content type, bad
   * JSON or fields): only the answer is held to it.
   */
  private HttpResponse<String> refused(String body, String signature, String contentType) {
    return api().sendBreakingTheDocument(delivery(body, signature, contentType));
  }

  private HttpResponse<String> refused(String body) {
    return refused(body, signed(SECRET, body), "application/json");
  }

  private HttpRequest delivery(String body, String signature, String contentType) {
    HttpRequest.Builder request =
        api()
            .request("/api/billing/renewals")
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (signature != null) {
      request.header(WebhookSignature.HEADER, signature);
    }
    return request.build();
  }

  private InContainerApiCalls api() {
    return new InContainerApiCalls(base);
  }

  private static String signed(String secret, String body) {
    return WebhookSignature.sign(
        secret, Instant.now().getEpochSecond(), body.getBytes(StandardCharsets.UTF_8));
  }

  private static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(
        "application/problem+json",
        response.headers().firstValue("Content-Type").orElse("").replaceFirst(";.*", ""));
    assertEquals(status, json(response).getInt("status"));
  }

  private long deliveries(String eventId, DeliveryOutcome outcome) {
    return em.createQuery(
            "select count(d) from BillingDelivery d where d.eventId = :id and d.outcome = :o",
            Long.class)
        .setParameter("id", eventId)
        .setParameter("o", outcome)
        .getSingleResult();
  }

  @Test
  void aNewCustomerIsCreatedSubscribedAndInvitedOnceAndADuplicateHasNoSecondEffect() {
    String id = "evt_new_" + unique;
    String body = event(id, email("ines"), "TELESOIN", today, today.plusYears(1).minusDays(1));

    HttpResponse<String> first = deliver(body);
    assertEquals(200, first.statusCode(), first.body());
    JsonObject result = json(first);
    assertTrue(result.getJsonObject("customer").getBoolean("created"));
    assertTrue(result.getJsonObject("subscription").getBoolean("changed"));

    HttpResponse<String> again = deliver(body, signed(OLD_SECRET, body), "application/json");
    assertEquals(200, again.statusCode(), "the retiring secret still signs");
    assertEquals(first.body(), again.body(), "the same answer");

    Customer customer = customers.byEmail(email("ines")).orElseThrow();
    assertEquals("Inès", customer.getFirstName());
    assertEquals(1, subscriptions.historyOf(customer).size(), "one renewal");
    assertTrue(subscriptions.coverageOf(customer, Instant.now()).isPriority());
    List<OutboxMessage> invitations =
        em.createQuery(
                "select m from OutboxMessage m where m.recipientEmail = :email and m.topic = :t",
                OutboxMessage.class)
            .setParameter("email", customer.getEmail())
            .setParameter("t", OutboxTopic.PORTAL_INVITATION)
            .getResultList();
    assertEquals(1, invitations.size(), "invited once");
    assertTrue(invitations.get(0).getBody().contains(OutboxMessage.LINK_MARK));
    assertFalse(
        invitations.get(0).getBody().contains("token="), "the link is made when the mail leaves");
    assertTrue(invitations.get(0).getPersonalLink().startsWith("portal-invitation:"));
    assertEquals(1, deliveries(id, DeliveryOutcome.APPLIED));
    assertEquals(1, deliveries(id, DeliveryOutcome.DUPLICATE));

    String changed = body.replace("\"Lefort\"", "\"Lefort-Autre\"");
    assertProblem(deliver(changed), 409);
    assertEquals(1, deliveries(id, DeliveryOutcome.CONFLICT));
  }

  @Test
  void twentyConcurrentDeliveriesOfOneEventMakeOneRenewalAndOneRelease() throws Exception {
    String email = email("lapsed");
    assertEquals(
        200,
        deliver(
                event(
                    "evt_old_" + unique,
                    email,
                    "GRATUIT",
                    today.minusYears(1),
                    today.minusDays(20)))
            .statusCode());
    Customer lapsed = customers.byEmail(email).orElseThrow();
    Ticket held =
        opened.add(
            intake.receive(
                new NewRequest(
                    lapsed.getId(),
                    "Agenda bloqué",
                    TicketCategory.BUG,
                    TicketChannel.PORTAL,
                    "Mon agenda ne s'ouvre plus.",
                    Instant.now())));
    assertEquals(TicketStatus.AWAITING_RENEWAL, held.getStatus());

    String id = "evt_renew_" + unique;
    String body = event(id, email, "GRATUIT", today.minusDays(19), today.plusYears(1));
    String signature = signed(SECRET, body);
    Instant before = Instant.now();
    List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      calls.add(CompletableFuture.supplyAsync(() -> deliver(body, signature, "application/json")));
    }
    List<String> answers = new ArrayList<>();
    for (CompletableFuture<HttpResponse<String>> call : calls) {
      HttpResponse<String> response = call.get();
      assertEquals(200, response.statusCode(), response.body());
      answers.add(response.body());
    }

    assertEquals(1, answers.stream().distinct().count(), "twenty identical answers");
    assertTrue(answers.get(0).contains(held.getReference()), answers.get(0));
    assertEquals(2, subscriptions.historyOf(lapsed).size(), "the old period and one renewal");
    assertEquals(
        1L,
        em.createQuery("select count(e) from BillingEvent e where e.eventId = :id", Long.class)
            .setParameter("id", id)
            .getSingleResult());
    assertEquals(1, deliveries(id, DeliveryOutcome.APPLIED));
    assertEquals(19, deliveries(id, DeliveryOutcome.DUPLICATE));
    assertEquals(
        1,
        decisions.ofTicket(held.getId()).stream()
            .filter(d -> d.getClause() == Clause.ELIG_RENEWAL && d.getOutcome() == Outcome.RELEASED)
            .count(),
        "released once");
    assertEquals(TicketStatus.OPEN, ticketReads.find(held.getId()).orElseThrow().getStatus());
    SlaClock clock = clocks.of(held.getId()).orElseThrow();
    assertTrue(clock.isRunning());
    assertFalse(clock.getStartedAt().isBefore(before), "the clock starts at the renewal");

    String older =
        event("evt_late_" + unique, email, "GRATUIT", today.minusDays(19), today.plusMonths(1));
    HttpResponse<String> late = deliver(older);
    assertEquals(200, late.statusCode(), late.body());
    assertFalse(
        json(late).getJsonObject("subscription").getBoolean("changed"),
        "a late, shorter period changes nothing");
    assertEquals(2, subscriptions.historyOf(lapsed).size());
  }

  @Test
  void differentEventsCreatingOneNewCustomerAtOnceBothApply() throws Exception {
    String email = email("twice");
    List<String> bodies = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      bodies.add(
          event(
              "evt_new_" + i + "_" + unique,
              email,
              i % 2 == 0 ? "TELESOIN" : "GRATUIT",
              today.plusYears(i),
              today.plusYears(i + 1).minusDays(1)));
    }
    List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
    for (String body : bodies) {
      calls.add(CompletableFuture.supplyAsync(() -> deliver(body)));
    }
    for (CompletableFuture<HttpResponse<String>> call : calls) {
      HttpResponse<String> response = call.get();
      assertEquals(200, response.statusCode(), response.body());
    }

    Customer customer = customers.byEmail(email).orElseThrow();
    assertEquals(6, subscriptions.historyOf(customer).size(), "each event adds its period");
    assertEquals(
        1L,
        em.createQuery(
                "select count(m) from OutboxMessage m where m.recipientEmail = :email"
                    + " and m.topic = :t",
                Long.class)
            .setParameter("email", customer.getEmail())
            .setParameter("t", OutboxTopic.PORTAL_INVITATION)
            .getSingleResult(),
        "one customer, invited once");
  }

  @Test
  void callsWithoutAValidSignatureAreCountedAndTheirBodiesNeverKept() {
    String id = "evt_flood_" + unique;
    String body = event(id, email("flood"), "TELESOIN", today, today.plusYears(1));
    Map<WebhookSignature.Verdict, Long> before = unverifiedCalls();

    List<CompletableFuture<HttpResponse<String>>> flood = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      flood.add(CompletableFuture.supplyAsync(() -> refused(body, null, "application/json")));
    }
    flood.forEach(call -> assertProblem(call.join(), 401));
    assertProblem(refused(body, "t=abc,v1=zz", "application/json"), 401);
    assertProblem(refused(body, signed("not-our-secret", body), "application/json"), 401);
    assertProblem(refused(body, signed(SECRET, body), "text/plain"), 415);
    String big = body.replace("\"Lefort\"", "\"" + "x".repeat(70 * 1024) + "\"");
    assertProblem(refused(big, null, "application/json"), 413);

    assertEquals(
        0L,
        em.createQuery("select count(d) from BillingDelivery d where d.body like :id", Long.class)
            .setParameter("id", "%" + id + "%")
            .getSingleResult(),
        "no body of theirs kept");
    Map<WebhookSignature.Verdict, Long> after = unverifiedCalls();
    assertEquals(
        20,
        after.get(WebhookSignature.Verdict.MISSING) - before.get(WebhookSignature.Verdict.MISSING));
    assertEquals(
        1,
        after.get(WebhookSignature.Verdict.MALFORMED)
            - before.get(WebhookSignature.Verdict.MALFORMED));
    assertEquals(
        1,
        after.get(WebhookSignature.Verdict.MISMATCH)
            - before.get(WebhookSignature.Verdict.MISMATCH));
    assertEquals(
        2,
        after.get(WebhookSignature.Verdict.UNCHECKED)
            - before.get(WebhookSignature.Verdict.UNCHECKED));
    UnverifiedCalls unchecked = em.find(UnverifiedCalls.class, WebhookSignature.Verdict.UNCHECKED);
    assertEquals(413, unchecked.getLastHttpStatus());

    assertEquals(200, deliver(body).statusCode(), "signed, the same event applies");
    assertEquals(
        1L,
        em.createQuery(
                "select count(d) from BillingDelivery d where d.eventId = :id and d.body like :email",
                Long.class)
            .setParameter("id", id)
            .setParameter("email", "%" + email("flood") + "%")
            .getSingleResult(),
        "a signed call keeps its body");
  }

  @Test
  void bodiesOlderThanTheRetentionAreErasedOnceAndTheirRowsKept() {
    String id = "evt_old_" + unique;
    assertEquals(
        200, deliver(event(id, email("old"), "TELESOIN", today, today.plusYears(1))).statusCode());
    BillingDelivery kept = deliveryOf(id);
    assertTrue(kept.getBody().contains(id), "kept while recent");

    deliveries.forgetBodiesReceivedBefore(kept.getReceivedAt());
    assertTrue(deliveryOf(id).getBody().contains(id), "a body received at the cutoff is kept");
    assertTrue(deliveries.forgetBodiesReceivedBefore(kept.getReceivedAt().plusMillis(1)) >= 1);
    assertEquals(0, deliveries.forgetBodiesReceivedBefore(kept.getReceivedAt().plusMillis(1)));

    BillingDelivery erased = deliveryOf(id);
    assertNull(erased.getBody());
    assertEquals(kept.getBodySha256(), erased.getBodySha256(), "the row stays, with its hash");
    assertEquals(DeliveryOutcome.APPLIED, erased.getOutcome());
  }

  private BillingDelivery deliveryOf(String eventId) {
    em.clear();
    return em.createQuery(
            "select d from BillingDelivery d where d.eventId = :id", BillingDelivery.class)
        .setParameter("id", eventId)
        .getSingleResult();
  }

  /** Calls counted under each signature verdict other than valid. */
  private Map<WebhookSignature.Verdict, Long> unverifiedCalls() {
    em.clear();
    return em.createQuery("select c from UnverifiedCalls c", UnverifiedCalls.class)
        .getResultStream()
        .collect(Collectors.toMap(UnverifiedCalls::getSignature, UnverifiedCalls::getCalls));
  }

  @Test
  void everyRefusalIsAProblemAndIsLogged() {
    String id = "evt_bad_" + unique;
    String body = event(id, email("bad"), "TELESOIN", today, today.plusYears(1));
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    long now = Instant.now().getEpochSecond();

    assertProblem(refused(body, null, "application/json"), 401);
    assertProblem(refused(body, "t=abc,v1=zz", "application/json"), 401);
    assertProblem(refused(body, signed("not-our-secret", body), "application/json"), 401);
    assertProblem(
        refused(body, WebhookSignature.sign(SECRET, now - 301, bytes), "application/json"), 401);
    assertProblem(refused(body, signed(SECRET, body), "text/plain"), 415);
    String big = body.replace("\"Lefort\"", "\"" + "x".repeat(70 * 1024) + "\"");
    assertProblem(refused(big), 413);
    assertProblem(refused("{not json"), 400);
    HttpResponse<String> fields = refused("{\"eventId\":\"" + id + "\",\"customer\":{}}");
    assertProblem(fields, 400);
    assertTrue(fields.body().contains("customer.email"), fields.body());
    assertTrue(fields.body().contains("subscription"), fields.body());
    assertTrue(fields.body().contains("occurredAt"), fields.body());
    assertProblem(deliver(body.replace("TELESOIN", "PLATINE")), 422);
    assertProblem(deliver(event(id, email("bad"), "TELESOIN", today, today.minusDays(1))), 422);
    assertTrue(customers.byEmail(email("bad")).isEmpty(), "nothing applied");
    assertTrue(
        em.createQuery("select count(d) from BillingDelivery d where d.eventId = :id", Long.class)
                .setParameter("id", id)
                .getSingleResult()
            == 2,
        "the two signed, well-formed refusals (422) are logged under their event id");
    assertEquals(200, deliver(body).statusCode(), "the same event, signed and valid, applies");
  }

  /**
   * Problem 4 of issue 14: signed but hostile events answered a 500, and an email the customer
   * entity refuses a 503 that billing retries for ever; each is now a 400 naming what is wrong.
   * Asserted all together, so that a failure names every item at fault.
   */
  @Test
  void signedButHostileEventsAreClearProblemsNeverRetriedFailures() {
    String id = "evt_hostile_" + unique;
    String email = email("hostile");
    LocalDate end = today.plusYears(1);
    // each its own event: one taken by mistake must not turn the others into conflicts
    IntFunction<String> variant = n -> event(id + "_" + n, email, "TELESOIN", today, end);
    String deep = "\"pad\":" + "[".repeat(10_000) + "]".repeat(10_000) + ",\"pack\"";
    String digits = "\"pad\":" + "9".repeat(60_000) + ",\"pack\"";
    String untyped = variant.apply(10);
    HttpRequest withoutType =
        api()
            .request("/api/billing/renewals")
            .header(WebhookSignature.HEADER, signed(SECRET, untyped))
            .POST(HttpRequest.BodyPublishers.ofByteArray(untyped.getBytes(StandardCharsets.UTF_8)))
            .build();
    assertAll(
        () -> assertProblem(refused(variant.apply(1).replace("\"pack\"", deep)), 400),
        () -> assertProblem(refused(variant.apply(2).replace("\"pack\"", digits)), 400),
        () ->
            assertFieldAtFault(
                refused(
                    variant
                        .apply(3)
                        .replace("2026-11-26T10:00:00+01:00", "-999999999-01-01T00:00:00Z")),
                "occurredAt"),
        () ->
            assertFieldAtFault(
                refused(event(id + "_4", email, "TELESOIN", today, LocalDate.of(9999, 1, 1))),
                "subscription.periodEnd"),
        () -> assertProblem(refused(variant.apply(5) + "{\"eventId\":\"autre\"}"), 400),
        () ->
            assertFieldAtFault(
                refused(variant.apply(6).replace(email, "a..b." + unique + "@example.fr")),
                "customer.email"),
        () ->
            assertFieldAtFault(
                refused(variant.apply(7).replace(email, "x".repeat(250) + "@example.fr")),
                "customer.email"),
        () ->
            assertFieldAtFault(
                refused(variant.apply(8).replace("\"Lefort\"", "\"Le\\u202efort\"")),
                "customer.surname"),
        () ->
            assertFieldAtFault(
                refused(variant.apply(9).replace("\"Inès\"", "\"In\\udc00s\"")),
                "customer.firstName"),
        () -> assertProblem(api().sendBreakingTheDocument(withoutType), 415));

    assertTrue(customers.byEmail(email).isEmpty(), "nothing applied");
    assertEquals(
        0L,
        em.createQuery(
                "select count(d) from BillingDelivery d where d.eventId like :id and d.outcome = :o",
                Long.class)
            .setParameter("id", id + "%")
            .setParameter("o", DeliveryOutcome.FAILED)
            .getSingleResult(),
        "no failure for billing to retry");
    HttpResponse<String> valid = deliver(event(id, email, "TELESOIN", today, end));
    assertEquals(200, valid.statusCode(), "the same event, well formed, applies: " + valid.body());
  }

  private static void assertFieldAtFault(HttpResponse<String> response, String field) {
    assertProblem(response, 400);
    assertEquals(
        List.of(field),
        json(response).getJsonArray("errors").stream()
            .map(e -> e.asJsonObject().getString("field"))
            .toList(),
        response.body());
  }
}
