package fr.orthocab.support.admin.tickets;

import static fr.orthocab.support.testing.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.ApiClient;
import fr.orthocab.support.testing.Browser;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
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
 * A supervisor's held views: an unknown sender's request identified from its page continues as the
 * customer's; a throttled request released from the list enters the queue.
 */
@ExtendWith(SharedDesk.class)
class HeldRequestsIT {
  private final DeskServer desk;
  private final ApiClient api;
  private final String unique = UUID.randomUUID().toString().substring(0, 8);
  private final List<String> opened = new ArrayList<>();

  HeldRequestsIT(DeskServer desk) {
    this.desk = desk;
    this.api = new ApiClient(desk, Demo.API_TOKEN);
  }

  @AfterEach
  void closeWhatWasOpened() {
    for (String reference : opened) {
      api.post("/api/tickets/" + reference + "/status", "{\"status\":\"CLOSED\"}");
    }
  }

  private JsonObject open(String email, String subject, OffsetDateTime receivedAt) {
    HttpResponse<String> response =
        api.post(
            "/api/tickets",
            "{\"customerEmail\":\""
                + email
                + "\",\"subject\":\""
                + subject
                + "\",\"body\":\"Bonjour.\",\"receivedAt\":\""
                + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(receivedAt)
                + "\"}");
    assertEquals(201, response.statusCode(), response.body());
    JsonObject ticket = json(response);
    opened.add(ticket.getString("reference"));
    return ticket;
  }

  private static String ticketPage(JsonObject ticket) {
    return "/admin/tickets/show.xhtml?id=" + ticket.getString("reference").substring(3);
  }

  @Test
  void aSupervisorIdentifiesAnUnknownSenderFromTheRequestPage() {
    OffsetDateTime earlier = OffsetDateTime.now(ZoneOffset.UTC).minusDays(3).withNano(0);
    JsonObject unknown = open("jb." + unique + "@example.fr", "Question " + unique, earlier);
    try (Browser nadia = new Browser(desk, "identify")) {
      nadia.login(Demo.NADIA, Demo.PASSWORD);
      nadia.clickAndWait("#navHeld");
      nadia.open("/admin/held/list.xhtml?status=AWAITING_IDENTIFICATION");
      assertTrue(nadia.find("#held").getText().contains(unknown.getString("reference")));
      nadia.screenshot("21-held-awaiting-identification");

      nadia.open(ticketPage(unknown));
      assertTrue(nadia.find("#senderCard").getText().contains("jb." + unique + "@example.fr"));
      nadia.type("#identify\\:surname", "Bernard");
      nadia.type("#identify\\:firstName", "Paul");
      nadia.type("#identify\\:loginEmail", Demo.JULIEN);
      nadia.clickAndWait("#identify\\:submit");
      assertTrue(nadia.text().contains("Aucun client ne porte ces nom"), nadia.text());
      assertTrue(nadia.find("#status").getText().contains("En attente d'identification"));

      nadia.type("#identify\\:surname", "bernard");
      nadia.type("#identify\\:firstName", "Julien");
      nadia.type("#identify\\:loginEmail", Demo.JULIEN);
      nadia.clickAndWait("#identify\\:submit");
      assertTrue(nadia.text().contains("Expéditeur identifié"), nadia.text());
      assertTrue(nadia.find("#status").getText().contains("Ouverte"));
      assertTrue(nadia.find("#customerCard").getText().contains("Julien Bernard"));
      assertTrue(nadia.textOf("#decisions").contains("ID-INFO"));
      nadia.screenshot("22-sender-identified");
    }
  }

  @Test
  void aThrottledRequestReleasedFromTheHeldViewEntersTheQueue() {
    OffsetDateTime day = OffsetDateTime.of(2022, 6, 1, 10, 0, 0, 0, ZoneOffset.ofHours(2));
    JsonObject sixth = null;
    for (int i = 1; i <= 6; i++) {
      sixth = open(Demo.CLAIRE, "Rafale " + i + " " + unique, day.plusMinutes(i));
    }
    assertEquals("THROTTLED", sixth.getString("status"));
    try (Browser nadia = new Browser(desk, "release")) {
      nadia.login(Demo.NADIA, Demo.PASSWORD);
      nadia.open("/admin/held/list.xhtml?status=THROTTLED");
      String row = "//tr[contains(., '" + sixth.getString("reference") + "')]";
      nadia.find("#held").findElement(org.openqa.selenium.By.xpath("." + row + "//button")).click();
      nadia.find(".ui-messages-info");
      assertTrue(
          json(api.get("/api/tickets/" + sixth.getString("reference")))
              .getString("status")
              .equals("OPEN"));
    }
  }
}
