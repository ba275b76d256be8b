package fr.orthocab.support.account;

import static fr.orthocab.support.testing.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.ApiClient;
import fr.orthocab.support.testing.Browser;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Someone who is not logged in follows a request's link from a mail: the desk asks them to log in,
 * then shows that request, not their list; a customer and an agent alike. (That only the desk's own
 * pages are followed, never another site's, is ContinueAfterLoginTest's.)
 */
@ExtendWith(SharedDesk.class)
class MailedLinkLoginIT {
  private final DeskServer desk;
  private final ApiClient api;
  private final String unique = UUID.randomUUID().toString().substring(0, 8);

  MailedLinkLoginIT(DeskServer desk) {
    this.desk = desk;
    this.api = new ApiClient(desk, Demo.API_TOKEN);
  }

  @Test
  void aCustomerWhoLogsInFromAMailedLinkLandsOnTheRequest() {
    String reference = openTicket(74);
    String link = "/portal/tickets/show.xhtml?id=" + reference.substring(3);
    try (Browser julien = new Browser(desk, "mailed-link-customer")) {
      julien.open(link);
      assertTrue(julien.currentPath().startsWith("/login.xhtml"), julien.currentPath());
      julien.screenshot("90-mailed-link-login");
      // a mistyped password first: the request asked for is still where the login leads
      julien.type("#login\\:email", Demo.JULIEN);
      julien.type("#login\\:password", "not-" + Demo.PASSWORD);
      julien.clickAndWait("#login\\:submit");
      assertTrue(julien.currentPath().startsWith("/login.xhtml"), julien.currentPath());
      julien.type("#login\\:email", Demo.JULIEN);
      julien.type("#login\\:password", Demo.PASSWORD);
      julien.clickAndWait("#login\\:submit");
      assertEquals(link, julien.currentPath());
      assertTrue(julien.text().contains(reference), julien.text());
      julien.screenshot("90-mailed-link-request");
      julien.phoneScreenshot("90-mailed-link-request");
    }
  }

  @Test
  void anAgentWhoLogsInFromAMailedLinkLandsOnTheRequest() {
    String reference = openTicket(75);
    String link = "/admin/tickets/show.xhtml?id=" + reference.substring(3);
    try (Browser lucie = new Browser(desk, "mailed-link-agent")) {
      lucie.open(link);
      assertTrue(lucie.currentPath().startsWith("/login.xhtml"), lucie.currentPath());
      lucie.type("#login\\:email", Demo.LUCIE);
      lucie.type("#login\\:password", Demo.PASSWORD);
      lucie.clickAndWait("#login\\:submit");
      assertEquals(link, lucie.currentPath());
      assertTrue(lucie.text().contains(reference), lucie.text());
      lucie.screenshot("91-mailed-link-agent");
    }
  }

  /** Dated some days back, as an import would be: out of today's quota of Julien's requests. */
  private String openTicket(int daysBack) {
    String earlier =
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            OffsetDateTime.now(ZoneOffset.UTC).minusDays(daysBack).withNano(0));
    return json(api.post(
            "/api/tickets",
            "{\"customerEmail\":\""
                + Demo.JULIEN
                + "\",\"subject\":\"Lien du mail "
                + unique
                + "\",\"body\":\"Bonjour, le lien du rappel ne s'ouvre pas.\",\"receivedAt\":\""
                + earlier
                + "\"}"))
        .getString("reference");
  }
}
