package fr.orthocab.support.portal.tickets;

import static fr.orthocab.support.testing.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.ApiClient;
import fr.orthocab.support.testing.Browser;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskDatabase;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A customer closes their own request, and a resolved request left without answer closes by itself,
 * the customer told before: days pass by moving the request's resolution back in the desk's
 * database ({@link DeskDatabase}), and the desk's sweep (every 2 s here) does the rest.
 */
@ExtendWith(SharedDesk.class)
class ClosingBrowserIT {
  private final DeskServer desk;
  private final ApiClient api;
  private final String unique = UUID.randomUUID().toString().substring(0, 8);

  ClosingBrowserIT(DeskServer desk) {
    this.desk = desk;
    this.api = new ApiClient(desk, Demo.API_TOKEN);
  }

  @Test
  void theCustomerClosesTheirRequestThemselves() {
    String reference = openTicket("Rappels SMS");
    try (Browser julien = new Browser(desk, "closing-customer")) {
      julien.login(Demo.JULIEN, Demo.PASSWORD);
      julien.open(page(reference));
      assertTrue(julien.textOf("#close").contains("Mon problème est résolu"), julien.text());
      julien.assertNoSeriousA11yViolations();
      julien.screenshot("70-closable");
      julien.phoneScreenshot("70-closable");

      julien.clickAndWait("#close\\:solved");

      assertEquals("Close", julien.find("#status").getText());
      assertTrue(julien.text().contains("Merci : votre demande est close."), julien.text());
      assertTrue(julien.all("#close").isEmpty(), "nothing more to close");
      assertTrue(
          julien.textOf("#comment").contains("Écrire une suite (nouvelle demande)"),
          "a closed request is followed by a new one: " + julien.textOf("#comment"));
      julien.screenshot("71-closed-by-customer");
      julien.phoneScreenshot("71-closed-by-customer");
      // with its one-time message: the messages' list passes axe
      // (web/AccessibleMessagesRenderer)
      julien.assertNoSeriousA11yViolations();
    }
    String history = api.get("/api/tickets/" + reference).body();
    assertTrue(history.contains("\"CLOSED\""), history);
  }

  @Test
  void aResolvedRequestLeftWithoutAnswerClosesByItselfTheCustomerToldBefore() {
    String reference = openTicket("Export comptable");
    api.post("/api/tickets/" + reference + "/status", "{\"status\":\"RESOLVED\"}");
    DeskDatabase.setTicketInstant(
        reference, "resolved_at", Instant.now().minus(Duration.ofDays(6)));
    try (Browser julien = new Browser(desk, "closing-auto")) {
      julien.login(Demo.JULIEN, Demo.PASSWORD);
      julien.open(page(reference));
      julien.waitUntil(
          d -> {
            d.navigate().refresh();
            return !d.findElements(By.id("autoClose")).isEmpty();
          });
      String told = julien.textOf("#autoClose");
      assertTrue(told.contains("Sans nouvelles de votre part, cette demande sera close le"), told);
      String thread = julien.textOf("#thread");
      assertTrue(
          thread.contains("Sans nouvelles de votre part, cette demande sera close le"), thread);
      assertEquals("Résolue", julien.find("#status").getText());
      assertTrue(julien.textOf("#comment").contains("elle sera rouverte"), "a comment reopens it");
      julien.assertNoSeriousA11yViolations();
      julien.screenshot("72-closing-announced");
      julien.phoneScreenshot("72-closing-announced");
      assertTrue(
          julien.textOf("#satisfaction").contains("Notre réponse vous a-t-elle aidé ?"),
          "a resolved request asks its owner too");
      julien.evaluate("document.getElementById('satisfaction').scrollIntoView()");
      julien.screenshot("72-resolved-asks-satisfaction");

      DeskDatabase.setTicketInstant(
          reference, "auto_close_at", Instant.now().minus(Duration.ofMinutes(1)));
      julien.waitUntil(
          d -> {
            d.navigate().refresh();
            return d.findElement(By.id("status")).getText().equals("Close");
          });
      assertTrue(julien.all("#autoClose").isEmpty());
      julien.screenshot("73-closed-by-itself");
    }
  }

  private static String page(String reference) {
    return "/portal/tickets/show.xhtml?id=" + reference.substring(3);
  }

  /**
   * Dated 41 days back, as an import would be: out of today's quota of requests, and out of the 24
   * hours of the other tests' imports (each test class its own day).
   */
  private String openTicket(String subject) {
    String earlier =
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            OffsetDateTime.now(ZoneOffset.UTC).minusDays(41).withNano(0));
    return json(api.post(
            "/api/tickets",
            "{\"customerEmail\":\""
                + Demo.JULIEN
                + "\",\"subject\":\""
                + subject
                + " "
                + unique
                + "\",\"body\":\"Bonjour, "
                + subject
                + " ne fonctionne plus.\",\"receivedAt\":\""
                + earlier
                + "\"}"))
        .getString("reference");
  }
}
