package fr.orthocab.support.screening;

import static fr.orthocab.support.testing.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.ApiClient;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import fr.orthocab.support.testing.Webhook;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the desk reads in requests and comments, through the ticket API on the shared desk: flags
 * and decisions of the external-products and language rules. A fresh customer of its own (created
 * by billing's webhook), so that no demo customer's daily quota is used; its tickets are closed.
 */
@ExtendWith(SharedDesk.class)
class ScreeningIT {
  private final DeskServer desk;
  private final ApiClient api;
  private final String unique = UUID.randomUUID().toString().substring(0, 8);
  private final String email = "lecture." + unique + "@example.fr";
  private final List<String> opened = new ArrayList<>();

  ScreeningIT(DeskServer desk) {
    this.desk = desk;
    this.api = new ApiClient(desk, Demo.API_TOKEN);
  }

  @BeforeEach
  void aFreshCustomer() {
    HttpResponse<String> created =
        new Webhook(desk).signed(Webhook.event("evt_read_" + unique, email, "Lecture", "Test"));
    assertEquals(200, created.statusCode(), created.body());
  }

  @AfterEach
  void closeWhatWasOpened() {
    for (String reference : opened) {
      api.post("/api/tickets/" + reference + "/status", "{\"status\":\"CLOSED\"}");
    }
  }

  private JsonObject open(String subject, String body) {
    HttpResponse<String> response =
        api.post(
            "/api/tickets",
            "{\"customerEmail\":\""
                + email
                + "\",\"subject\":\""
                + subject
                + "\",\"body\":\""
                + body
                + "\",\"category\":\"OTHER\"}");
    assertEquals(201, response.statusCode(), response.body());
    JsonObject ticket = json(response);
    opened.add(ticket.getString("reference"));
    return json(api.get("/api/tickets/" + ticket.getString("reference")));
  }

  private static List<String> flags(JsonObject ticket) {
    return ticket.getJsonArray("flags").stream()
        .map(JsonValue::asJsonObject)
        .map(f -> f.getString("kind") + "/" + f.getString("clause"))
        .toList();
  }

  private static List<String> decisions(JsonObject ticket) {
    return ticket.getJsonArray("decisions").stream()
        .map(JsonValue::asJsonObject)
        .map(d -> d.getString("clause") + "/" + d.getString("outcome"))
        .toList();
  }

  @Test
  void aZoomAudioProblemIsFlaggedAndStaysInTheQueue() {
    JsonObject ticket =
        open("Pas de son", "Mes patients ne m'entendent pas sur Zoom, le micro est grisé.");
    assertEquals("OPEN", ticket.getString("status"));
    assertEquals(List.of("EXTERNAL_PRODUCT/EXT-PRODUCTS"), flags(ticket));
    assertTrue(decisions(ticket).contains("EXT-PRODUCTS/FLAGGED"), decisions(ticket).toString());
    String detail = ticket.getJsonArray("flags").getJsonObject(0).getString("detail");
    assertTrue(detail.startsWith("Zoom"), detail);
  }

  @Test
  void aZoomLinkMissingFromTheReminderIsOrthocabsAndNotFlagged() {
    JsonObject ticket =
        open("Lien Zoom absent", "Le lien Zoom est absent du mail de rappel envoyé aux patients.");
    assertEquals("OPEN", ticket.getString("status"));
    assertEquals(List.of(), flags(ticket));
    assertTrue(decisions(ticket).contains("EXT-EXCEPTION/ACCEPTED"), decisions(ticket).toString());
  }

  @Test
  void aConnectionProblemIsNeitherAndAnInsultingCommentIsFlagged() {
    JsonObject ticket =
        open("Problème de connexion", "Je n'arrive plus à me connecter depuis hier.");
    assertEquals(List.of(), flags(ticket));
    assertTrue(
        decisions(ticket).stream().noneMatch(d -> d.startsWith("EXT-") || d.startsWith("REFUSE-")),
        decisions(ticket).toString());

    String path = "/api/tickets/" + ticket.getString("reference");
    HttpResponse<String> comment =
        api.post(path + "/messages", "{\"author\":\"CUSTOMER\",\"body\":\"Bande de c0nnards !\"}");
    assertEquals(201, comment.statusCode(), comment.body());
    JsonObject after = json(api.get(path));
    assertEquals(List.of("OFFENSIVE_LANGUAGE/REFUSE-LANGUAGE"), flags(after));
    assertEquals("c0nnards", after.getJsonArray("flags").getJsonObject(0).getString("detail"));
    assertEquals(false, after.getJsonArray("flags").getJsonObject(0).getBoolean("cleared"));
    assertTrue(decisions(after).contains("REFUSE-LANGUAGE/FLAGGED"), decisions(after).toString());
    assertEquals("OPEN", after.getString("status"));
  }
}
