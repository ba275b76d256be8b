package fr.orthocab.support.admin.tickets;

import static fr.orthocab.support.testing.ApiClient.json;
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
 * Agents read on the ticket's page whether the customer found the answer helpful, with their
 * comment, and that the customer was asked and has not answered yet.
 */
@ExtendWith(SharedDesk.class)
class TicketSatisfactionIT {
  private final DeskServer desk;
  private final ApiClient api;
  private final String unique = UUID.randomUUID().toString().substring(0, 8);

  TicketSatisfactionIT(DeskServer desk) {
    this.desk = desk;
    this.api = new ApiClient(desk, Demo.API_TOKEN);
  }

  @Test
  void theAgentSeesTheRatingAndItsCommentOrThatItIsAwaited() {
    String reference = openTicket();
    String id = reference.substring(3);
    String comment = "Il manquait la marche à suivre pour le PDF " + unique;
    try (Browser lucie = new Browser(desk, "agent-satisfaction");
        Browser julien = new Browser(desk, "customer-satisfaction")) {
      lucie.login(Demo.LUCIE, Demo.PASSWORD);
      lucie.open("/admin/tickets/show.xhtml?id=" + id);
      lucie.find("#thread");
      assertTrue(lucie.all("#satisfaction").isEmpty(), "not asked before the resolution");

      api.post("/api/tickets/" + reference + "/status", "{\"status\":\"RESOLVED\"}");
      lucie.open("/admin/tickets/show.xhtml?id=" + id);
      String awaited = lucie.find("#satisfaction").getText();
      assertTrue(awaited.contains("Avis du client sur notre réponse"), awaited);
      assertTrue(awaited.contains("il n'a pas encore répondu"), awaited);
      assertTrue(lucie.all("#satisfactionRating").isEmpty(), awaited);

      julien.login(Demo.JULIEN, Demo.PASSWORD);
      julien.open("/portal/tickets/show.xhtml?id=" + id);
      julien.type("#satisfaction\\:satisfactionComment", comment);
      julien.clickAndWait("#satisfaction\\:bad");

      lucie.open("/admin/tickets/show.xhtml?id=" + id);
      String rated = lucie.find("#satisfaction").getText();
      assertTrue(rated.contains("Non, notre réponse ne l'a pas aidé"), rated);
      assertTrue(rated.contains("sur le portail"), rated);
      assertTrue(lucie.find("#satisfactionComment").getText().contains(comment), rated);
      assertTrue(!rated.contains("pas encore répondu"), rated);
      lucie.assertNoSeriousA11yViolations();
      lucie.evaluate("document.getElementById('satisfaction').scrollIntoView()");
      lucie.screenshot("84-agent-sees-satisfaction");
      lucie.phoneScreenshot("84-agent-sees-satisfaction");

      julien.open("/portal/tickets/show.xhtml?id=" + id);
      julien.clickAndWait("#satisfaction\\:good");
      lucie.open("/admin/tickets/show.xhtml?id=" + id);
      String changed = lucie.find("#satisfactionRating").getText();
      assertTrue(changed.contains("Oui, notre réponse l'a aidé"), "the latest answer: " + changed);
    }
  }

  /** Dated 71 days back (this test's day): out of today's quota of the customer's requests. */
  private String openTicket() {
    String earlier =
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            OffsetDateTime.now(ZoneOffset.UTC).minusDays(71).withNano(0));
    return json(api.post(
            "/api/tickets",
            "{\"customerEmail\":\""
                + Demo.JULIEN
                + "\",\"subject\":\"Export des bilans "
                + unique
                + "\",\"body\":\"Bonjour, l'export PDF de mes bilans est vide.\",\"receivedAt\":\""
                + earlier
                + "\"}"))
        .getString("reference");
  }
}
