package fr.orthocab.support.portal.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.Browser;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The walking skeleton as a new user tries it: a customer asks, an agent in another browser sees
 * the request at the top of the queue and answers, the customer reads the answer.
 */
@ExtendWith(SharedDesk.class)
class RequestStoryIT {
  private final DeskServer desk;

  RequestStoryIT(DeskServer desk) {
    this.desk = desk;
  }

  @Test
  void aCustomerAsksAnAgentAnswersAndTheCustomerReadsTheAnswer() {
    String subject = "Facture introuvable " + UUID.randomUUID().toString().substring(0, 6);
    String answer = "Bonjour, vos factures sont dans Comptabilité > Factures.";
    try (Browser customer = new Browser(desk, "customer");
        Browser agent = new Browser(desk, "agent")) {
      customer.open("/login.xhtml");
      customer.find("#login\\:email");
      customer.screenshot("01-login");
      customer.login(Demo.CLAIRE, Demo.PASSWORD);
      assertTrue(customer.text().contains("Mes demandes"), customer.text());
      assertTrue(customer.text().contains("Pack Télésoin ORTHOCAB"), "coverage is shown");
      customer.screenshot("02-my-requests");

      customer.clickAndWait("#newRequest");
      customer.clickAndWait("#request\\:submit");
      customer.screenshot("03-new-request-invalid");
      String errors = customer.text();
      assertTrue(errors.contains("Catégorie : choisissez une valeur dans la liste."), errors);
      assertTrue(errors.contains("Objet : ne doit pas être vide"), errors);
      assertTrue(errors.contains("Description : ne doit pas être vide"), errors);

      customer.choose("request:category", "Question d'utilisation");
      customer.type("#request\\:subject", subject);
      customer.type("#request\\:description", "Bonjour, où retrouver mes factures de septembre ?");
      customer.screenshot("04-new-request-filled");
      customer.clickAndWait("#request\\:submit");
      String reference = customer.find("#reference").getText();
      assertTrue(reference.matches("OC-\\d+"), reference);
      // (Claire's daily quota is shared by the browser tests: a sixth request today is set aside)
      assertTrue(
          customer.text().contains("Votre demande " + reference + " a bien été enregistrée"),
          customer.text());
      String acknowledged = customer.find("#thread").getText();
      assertTrue(
          acknowledged.contains("Nous avons bien reçu votre demande " + reference), acknowledged);
      assertTrue(
          acknowledged.matches("(?s).*en 2 h ouvrées.*au plus tard le \\w+ \\d+(er)? .*"),
          "the objective and the deadline in words: " + acknowledged);
      customer.screenshot("05-request-sent");

      agent.login(Demo.LUCIE, Demo.PASSWORD);
      assertTrue(agent.currentPath().startsWith("/admin/tickets/queue.xhtml"));
      String firstRow = agent.find("#queue\\:tickets_data tr:first-child").getText();
      assertTrue(
          firstRow.contains(subject), "the new priority request tops the queue: " + firstRow);
      assertTrue(firstRow.contains("Prioritaire"), firstRow);
      assertTrue(firstRow.contains("Objectif"), "the next due level is shown: " + firstRow);
      assertEquals(
          1, agent.all("#queue\\:tickets_data tr:first-child .sla.sla-RUNNING").size(), firstRow);
      agent.screenshot("06-queue");

      agent.clickAndWait("#queue\\:tickets_data tr:first-child a.ref");
      String sla = agent.find("#sla").getText();
      assertTrue(sla.contains("Dans les temps"), sla);
      assertTrue(agent.textOf("#slaHistory").contains("Attente d'une réponse"), sla);
      assertTrue(sla.contains("Télésoin") || sla.contains("TELESOIN"), sla);
      assertTrue(agent.find("#customerCard").getText().contains("Couvert aujourd'hui"));
      agent.find("label[for=composeNote]").click();
      agent.type("#note\\:text", "Vérifier l'export comptable.");
      agent.clickAndWait("#note\\:add");
      assertTrue(agent.find("#note\\:text").isDisplayed(), "the composer stays on the note");
      agent.find("label[for=composeReply]").click();
      agent.type("#reply\\:text", answer);
      agent.clickAndWait("#reply\\:send");
      assertTrue(agent.text().contains("Réponse envoyée au client."));
      assertTrue(agent.textOf("#slaHistory").contains("Répondu par un agent"));
      agent.screenshot("07-agent-replied");

      customer.open(customer.currentPath());
      String thread = customer.find("#thread").getText();
      assertTrue(thread.contains(answer), thread);
      assertTrue(thread.contains("Équipe support Orthocab"), thread);
      assertFalse(thread.contains("Vérifier l'export comptable."), "internal notes stay internal");
      customer.screenshot("08-customer-reads-answer");

      customer.type("#comment\\:text", "Merci, c'est bon !");
      customer.clickAndWait("#comment\\:send");
      assertTrue(customer.find("#thread").getText().contains("Merci, c'est bon !"));

      agent.open(agent.currentPath());
      agent.clickAndWait("#actions\\:resolve");
      assertEquals("Résolue", agent.find("#status").getText());
      customer.open(customer.currentPath());
      assertEquals("Résolue", customer.find("#status").getText());
      assertEquals(
          0,
          customer.consoleErrors().stream()
              .filter(e -> e.contains("Content Security Policy"))
              .count(),
          () -> customer.consoleErrors().toString());
    }
  }

  @Test
  void thePortalSpeaksEnglishWhenAskedAndShowsThePolicyInForce() {
    try (Browser customer = new Browser(desk, "english")) {
      customer.login(Demo.JULIEN, Demo.PASSWORD);
      if (!customer.all("#header\\:langFr").isEmpty()) {
        customer.clickAndWait("#header\\:langFr"); // a run cut short may have left English on
      }
      customer.clickAndWait("#navPolicy");
      String policy = customer.text();
      assertTrue(policy.contains("Version 1, en vigueur depuis le 21 mai 2020"), policy);
      assertTrue(policy.contains("Pack Télésoin ORTHOCAB"), policy);
      customer.screenshot("09-policy-fr");

      customer.clickAndWait("#header\\:langEn");
      String english = customer.text();
      assertTrue(english.contains("Version 1, in force since May 21, 2020"), english);
      assertTrue(english.contains("Zoom"), english);
      customer.screenshot("10-policy-en");

      customer.clickAndWait("#navNew");
      customer.clickAndWait("#request\\:submit");
      assertTrue(
          customer.text().contains("Category: choose a value from the list."), customer.text());
      customer.clickAndWait("#header\\:langFr");
    }
  }
}
