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
 * customers, sent signed with the test desk's secret (or not signed at all).
 */
public final class Webhook {
  private final DeskServer desk;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  public Webhook(DeskServer desk) {
    this.desk = desk;
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
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return send(
        body, WebhookSignature.sign(Demo.BILLING_SECRET, Instant.now().getEpochSecond(), bytes));
  }

  public HttpResponse<String> unsigned(String body) {
    return send(body, null);
  }

  private HttpResponse<String> send(String body, String signature) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(desk.url("/api/billing/renewals")))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (signature != null) {
      request.header(WebhookSignature.HEADER, signature);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
