package fr.orthocab.support.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.apiclient.ApiClient;
import fr.orthocab.support.apiclient.ApiException;
import fr.orthocab.support.apiclient.api.TicketsApi;
import fr.orthocab.support.apiclient.model.Category;
import fr.orthocab.support.apiclient.model.ClauseId;
import fr.orthocab.support.apiclient.model.NewTicket;
import fr.orthocab.support.apiclient.model.Ticket;
import fr.orthocab.support.apiclient.model.TicketStatus;
import fr.orthocab.support.testing.CheckedHttpClient;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import java.net.http.HttpClient;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API's OpenAPI document is usable, not only valid: a Java client generated from it at build
 * time (openapi-generator, {@code native} library) opens a ticket on the running desk and reads it
 * back, each call and its answer held to the document ({@link CheckedHttpClient}).
 */
@ExtendWith(SharedDesk.class)
class GeneratedClientIT {
  @Test
  void aClientGeneratedFromTheDocumentOpensAndReadsATicket(DeskServer desk) throws ApiException {
    ApiClient client =
        new ApiClient() {
          // every call and its answer held to the document, as the helpers' calls are
          @Override
          public HttpClient getHttpClient() {
            return new CheckedHttpClient(super.getHttpClient());
          }
        };
    client.updateBaseUri(desk.url(""));
    client.setRequestInterceptor(
        request -> request.header("Authorization", "Bearer " + Demo.API_TOKEN));
    TicketsApi tickets = new TicketsApi(client);
    String subject = "Client généré " + UUID.randomUUID().toString().substring(0, 8);

    // dated back, as TicketApiIT's are, to leave the day's quota to the browser tests
    Ticket opened =
        tickets.openTicket(
            new NewTicket()
                .customerEmail(Demo.CLAIRE)
                .subject(subject)
                .body("Bonjour, " + subject)
                .category(Category.BUG)
                .receivedAt(OffsetDateTime.now(ZoneOffset.UTC).minusDays(15).withNano(0)),
            UUID.randomUUID().toString());
    try {
      Ticket read = tickets.getTicket(opened.getReference());
      assertEquals(subject, read.getSubject());
      assertEquals(TicketStatus.OPEN, read.getStatus());
      assertEquals(Category.BUG, read.getCategory());
      assertEquals(Demo.CLAIRE, read.getCustomer().getEmail());
      assertEquals("Bonjour, " + subject, read.getMessages().get(0).getBody());
      assertTrue(
          read.getDecisions().stream().anyMatch(d -> d.getClause() == ClauseId.SCOPE_PRIORITY),
          read.getDecisions().toString());
    } finally {
      new fr.orthocab.support.testing.ApiClient(desk, Demo.API_TOKEN)
          .post("/api/tickets/" + opened.getReference() + "/status", "{\"status\":\"CLOSED\"}");
    }
  }
}
