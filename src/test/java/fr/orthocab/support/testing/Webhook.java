package fr.orthocab.support.testing;

import fr.orthocab.support.billing.WebhookSignature;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Billing's side of the renewal webhook, for the black-box and browser tests: events for fresh
 * customers, sent signed with the test desk's secret (or not signed at all), each call and its
 * answer held to the API's OpenAPI document.
 */
public final class Webhook {
  private final DeskServer desk;
  private final boolean requestsFollowTheDocument;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  public Webhook(DeskServer desk) {
    this(desk, true);
  }

  private Webhook(DeskServer desk, boolean requestsFollowTheDocument) {
    this.desk = desk;
    this.requestsFollowTheDocument = requestsFollowTheDocument;
  }

  /**
   * Billing sending events that break the document on purpose (bad JSON, invalid fields, another
   * content type): only the answers are held to it.
   */
  public Webhook malformed() {
    return new Webhook(desk, false);
  }

  /** A renewal of the paid pack for a year from today, for that customer. */
  public static String event(String eventId, String email, String surname, String firstName) {
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
    return """
        {"eventId":"%s","occurredAt":"%s",\
        "customer":{"email":"%s","surname":"%s","firstName":"%s","language":"fr"},\
        "subscription":{"pack":"TELESOIN","periodStart":"%s","periodEnd":"%s"}}"""
        .formatted(
            eventId,
            Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
            email,
            surname,
            firstName,
            today,
            today.plusYears(1).minusDays(1));
  }

  public HttpResponse<String> signed(String body) {
    return signed(body, "application/json");
  }

  public HttpResponse<String> signed(String body, String contentType) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return send(
        body,
        WebhookSignature.sign(Demo.BILLING_SECRET, Instant.now().getEpochSecond(), bytes),
        contentType);
  }

  /**
   * Without the signature the document requires, on purpose: only the answer is held to the
   * document.
   */
  public HttpResponse<String> unsigned(String body) {
    return send(body, null, "application/json");
  }

  /** Sent, and held to the API's OpenAPI document ({@link ApiContract}). */
  private HttpResponse<String> send(String body, String signature, String contentType) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(desk.url("/api/billing/renewals")))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (signature != null) {
      request.header(WebhookSignature.HEADER, signature);
    }
    HttpRequest sent = request.build();
    HttpResponse<String> response;
    try {
      response = http.send(sent, HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    if (signature == null || !requestsFollowTheDocument) {
      ApiContract.ofTheDesk().checkAnswer(sent, response);
    } else {
      ApiContract.ofTheDesk().check(sent, response);
    }
    return response;
  }
}
