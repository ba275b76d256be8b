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
      String notice = sophie.find("#lapsedNotice").getText();
      assertTrue(notice.contains("Votre abonnement Pack Télésoin ORTHOCAB a pris fin le"), notice);
      assertTrue(
          notice.contains(
              "Toute autre demande sera enregistrée, mais elle attendra votre renouvellement"),
          notice);
      assertTrue(notice.contains("Renouvellement d'abonnement"), notice);
      assertTrue(sophie.find("#filesWelcome").isDisplayed(), "told files can be attached");
      assertTrue(
          sophie.text().contains("Vous pouvez joindre des fichiers (captures d'écran, PDF…)"),
          sophie.text());
      sophie.assertNoSeriousA11yViolations();
      sophie.screenshot("12b-lapsed-customer-new-request");
      sophie.phoneScreenshot("12b-lapsed-customer-new-request");
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
      String heldNotice = sophie.find("#held").getText();
      assertTrue(heldNotice.contains("attend le renouvellement de votre abonnement"), heldNotice);
      assertTrue(!heldNotice.contains("clause"), "plain words, the rule one click away: " + held);
      assertTrue(sophie.find("#status").getText().contains("En attente de renouvellement"));
      // opened again, as the customer comes back to it, without the flash message
      sophie.open(sophie.currentPath());
      String customerSees = sophie.find("#decisions").getText();
      assertTrue(
          customerSees.startsWith("Décisions prises sur votre demande"),
          "heading: " + customerSees);
      String first = sophie.find("#decisions li.decision-standing").getText();
      assertTrue(
          first.contains("Votre abonnement Pack Télésoin ORTHOCAB a pris fin le")
              && first.contains(": votre demande attend votre renouvellement."),
          first);
      assertTrue(first.contains("Renouvelez votre abonnement"), "what to do: " + first);
      assertTrue(
          sophie.find("#decisions li:first-child").getText().equals(first),
          "the hold comes first: " + customerSees);
      assertTrue(!customerSees.contains("Nous ne fournissons pas de support"), customerSees);
      assertTrue(
          sophie.find("#comment").getText().contains("Vous pouvez joindre des fichiers"),
          "the comment form welcomes files: " + sophie.find("#comment").getText());
      sophie.find("#decisions li.decision-standing .decision-rule > summary").click();
      String rule = sophie.find("#decisions li.decision-standing").getText();
      assertTrue(rule.contains("ELIG-ACTIVE"), rule);
      assertTrue(rule.contains("Nous ne fournissons pas de support"), rule);
      sophie.assertNoSeriousA11yViolations();
      sophie.screenshot("13-request-awaiting-renewal");
      sophie.phoneScreenshot("13-request-awaiting-renewal");

      String heldPage = sophie.currentPath().replace("/portal/", "/admin/");
      sophie.open("/portal/tickets/new.xhtml");
      sophie.clickAndWait("#howToRenew");
      assertTrue(
          sophie.find("#faqResults").getText().contains("Renouveler votre abonnement"),
          "the FAQ's renewal guide: " + sophie.text());

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
