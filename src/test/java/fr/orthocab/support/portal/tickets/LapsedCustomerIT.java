package fr.orthocab.support.portal.tickets;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.Browser;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * ELIG-ACTIVE / ELIG-RENEWAL as a lapsed customer lives them: told they are not covered, their
 * renewal question reaches the queue, their other request waits, and agents see why.
 */
@ExtendWith(SharedDesk.class)
class LapsedCustomerIT {
  private final DeskServer desk;

  LapsedCustomerIT(DeskServer desk) {
    this.desk = desk;
  }

  @Test
  void aRenewalQuestionReachesTheQueueWhileAnotherRequestWaitsForTheRenewal() {
    String subject = "Renouveler mon pack " + UUID.randomUUID().toString().substring(0, 6);
    try (Browser sophie = new Browser(desk, "lapsed");
        Browser lucie = new Browser(desk, "lapsed-agent")) {
      sophie.login(Demo.SOPHIE, Demo.PASSWORD);
      String home = sophie.text();
      assertTrue(home.contains("Vous n'avez pas d'abonnement actif."), home);
      assertTrue(home.contains("En attente de renouvellement"), "the demo request waits: " + home);
      sophie.screenshot("12-lapsed-customer");

      sophie.clickAndWait("#newRequest");
      assertTrue(
          sophie
              .find("#request\\:category_label")
              .getText()
              .contains("Renouvellement d'abonnement"),
          "the renewal category is offered");
      sophie.type("#request\\:subject", subject);
      sophie.type("#request\\:description", "Bonjour, comment réactiver mon Pack Télésoin ?");
      sophie.clickAndWait("#request\\:submit");
      assertTrue(sophie.text().contains("a bien été enregistrée"), sophie.text());
      assertTrue(sophie.find("#status").getText().contains("Ouverte"));

      sophie.open("/portal/tickets/new.xhtml");
      sophie.choose("request:category", "Signalement d'un bug");
      sophie.type("#request\\:subject", "Export PDF vide");
      sophie.type("#request\\:description", "Le PDF de mes bilans sort vide depuis hier.");
      sophie.clickAndWait("#request\\:submit");
      String held = sophie.text();
      assertTrue(held.contains("elle attendra le renouvellement de votre abonnement"), held);
      assertTrue(sophie.find("#held").getText().contains("clause ELIG-ACTIVE"), held);
      assertTrue(sophie.find("#status").getText().contains("En attente de renouvellement"));
      sophie.screenshot("13-request-awaiting-renewal");
      String heldPage = sophie.currentPath().replace("/portal/", "/admin/");

      lucie.login(Demo.LUCIE, Demo.PASSWORD);
      assertTrue(lucie.find("#queue\\:tickets").getText().contains(subject), "renewal is queued");
      assertTrue(!lucie.find("#queue\\:tickets").getText().contains("Export PDF vide"));
      lucie.open(heldPage);
      String decisions = lucie.textOf("#decisions");
      assertTrue(decisions.contains("ELIG-ACTIVE"), decisions);
      assertTrue(decisions.contains("Mise en attente"), decisions);
      assertTrue(decisions.contains("SCOPE-PRIORITY"), decisions);
      lucie.screenshot("14-agent-sees-decisions");
    }
  }
}
