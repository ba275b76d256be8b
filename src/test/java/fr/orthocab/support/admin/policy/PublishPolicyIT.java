package fr.orthocab.support.admin.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.Browser;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import fr.orthocab.support.testing.WebClient;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A supervisor publishes a version of the policy for a later day; agents cannot; a customer sees
 * the decisions taken on their request with each clause's text.
 */
@ExtendWith(SharedDesk.class)
class PublishPolicyIT {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final DeskServer desk;

  PublishPolicyIT(DeskServer desk) {
    this.desk = desk;
  }

  /** Replaces the date picker's prefilled day (clearing it alone lets the picker put it back). */
  private static void typeDate(Browser browser, String day) {
    browser
        .find("#publish\\:effectiveFrom_input")
        .sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, day);
  }

  @Test
  void aSupervisorPublishesAVersionForALaterDayAndSeesItScheduled() {
    String label = "b-" + UUID.randomUUID().toString().substring(0, 6);
    // far enough that the other tests, which may share the database, keep version 1 in force
    LocalDate day = LocalDate.of(2090, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(30_000));
    try (Browser nadia = new Browser(desk, "publishing-supervisor")) {
      nadia.login(Demo.NADIA, Demo.PASSWORD);
      nadia.open("/admin/tickets/queue.xhtml");
      nadia.clickAndWait("#navPolicy");
      assertTrue(nadia.find("#versions").getText().contains("En vigueur"), nadia.text());
      assertTrue(nadia.find("#shown").getText().contains("La politique de support"));
      WebElement priority = nadia.all("#publish\\:clauses\\:1\\:fr").get(0);
      assertTrue(priority.getAttribute("value").contains("Pack Télésoin ORTHOCAB"), "prefilled");
      assertFalse(priority.isDisplayed(), "each clause folded until opened");
      assertTrue(nadia.all("#publish\\:submit").isEmpty(), "published only after a review");

      nadia.type("#publish\\:label", label);
      typeDate(nadia, "01/01/2020");
      nadia.find("#publish\\:review").click();
      String refused = nadia.find("#publish .ui-message-error").getText();
      assertTrue(refused.contains("doit être aujourd'hui ou une date future"), refused);
      nadia.screenshot("30-policy-past-date-refused");

      typeDate(nadia, DAY.format(day));
      nadia.find("details.clause-edit:nth-of-type(2) > summary").click();
      nadia.type("#publish\\:clauses\\:1\\:fr", "Priorité réécrite pour " + label + ".");
      nadia.find("#publish\\:review").click();
      WebElement changes = nadia.find("#publish\\:changes");
      String reviewed = changes.getText();
      assertTrue(reviewed.contains("SCOPE-PRIORITY · En français"), reviewed);
      assertEquals(1, changes.findElements(By.cssSelector(".policy-change")).size(), reviewed);
      assertTrue(
          changes.findElement(By.cssSelector("ins")).getText().contains("réécrite pour " + label),
          reviewed);
      assertTrue(changes.findElement(By.cssSelector("del")).getText().contains("Télésoin"));
      assertTrue(nadia.text().contains("Modifiée"), "the clause is marked as changed");
      nadia.screenshotAtWidth(1366, "30-policy-review");
      nadia.phoneScreenshot("30-policy-review");
      nadia.assertNoSeriousA11yViolations();
      nadia.clickAndWait("#publish\\:submit");
      String published = nadia.text();
      assertTrue(published.contains("Version " + label + " publiée"), published);
      String row =
          nadia.all(".policy-versions tr").stream()
              .map(WebElement::getText)
              .filter(r -> r.contains(label))
              .findFirst()
              .orElseThrow(() -> new AssertionError(published));
      assertTrue(row.contains(DAY.format(day)), row);
      assertTrue(row.contains("Programmée"), row);
      assertTrue(row.contains("Nadia"), row);
      assertTrue(
          nadia
              .find("#shown")
              .getAttribute("textContent")
              .contains("Priorité réécrite pour " + label));
      nadia.screenshot("31-policy-version-scheduled");
    }
    try (Browser julien = new Browser(desk, "customer-policy")) {
      julien.login(Demo.JULIEN, Demo.PASSWORD);
      julien.open("/portal/policy.xhtml");
      String scheduled = julien.find("#scheduled").getText();
      assertTrue(scheduled.contains("entrera en vigueur le"), scheduled);
      assertTrue(julien.find("#policy").getText().contains("Version 1"), "still in force");
    }
  }

  @Test
  void agentsCannotOpenThePublishingPage() {
    WebClient lucie = new WebClient(desk);
    lucie.login(Demo.LUCIE, Demo.PASSWORD);
    assertEquals(403, lucie.get("/admin/policy/versions.xhtml").statusCode());
    assertEquals(200, lucie.get("/admin/tickets/queue.xhtml").statusCode());

    try (Browser agent = new Browser(desk, "agent-no-policy")) {
      agent.login(Demo.LUCIE, Demo.PASSWORD);
      agent.open("/admin/tickets/queue.xhtml");
      agent.find("#navQueue");
      assertTrue(agent.all("#navPolicy").isEmpty(), "no menu entry for agents");
      agent.open("/admin/policy/versions.xhtml");
      assertTrue(agent.text().contains("Accès refusé"), agent.text());
    }
  }

  @Test
  void aCustomerSeesTheDecisionsOnTheirRequestWithTheClauseTexts() {
    // Claire rather than Julien: the other browser tests use up Julien's daily quota of requests
    String subject = "Décisions " + UUID.randomUUID().toString().substring(0, 6);
    try (Browser claire = new Browser(desk, "customer-decisions");
        Browser lucie = new Browser(desk, "agent-decisions")) {
      claire.login(Demo.CLAIRE, Demo.PASSWORD);
      String customerPage = claire.sendRequest("Autre", subject, "Où trouver mes factures ?");
      // opened again: the page as the customer comes back to it, without the flash message
      // (whose PrimeFaces markup axe faults; the accessibility pass of the templates handles it)
      claire.open(customerPage);
      String decisions = claire.find("#decisions").getText();
      assertTrue(
          decisions.contains(
              "Votre abonnement Pack Télésoin ORTHOCAB est actif : votre demande est traitée en"
                  + " priorité."),
          decisions);
      assertTrue(
          decisions.contains(
              "Votre abonnement est actif : votre demande est prise en charge par l'équipe"
                  + " support."),
          decisions);
      assertTrue(decisions.contains("Pourquoi ? Règle appliquée : SCOPE-PRIORITY"), decisions);
      assertTrue(decisions.contains("Pourquoi ? Règle appliquée : ELIG-ACTIVE"), decisions);
      // the clause's text, which reads as a refusal out of context, is folded one click away
      assertTrue(!decisions.contains("Nous ne fournissons pas de support"), decisions);
      assertTrue(!decisions.contains("Acceptée"), decisions);
      claire.assertNoSeriousA11yViolations();
      claire.screenshot("32-customer-sees-decisions");
      claire.phoneScreenshot("32-customer-sees-decisions");

      claire.find("#decisions li:nth-child(1) .decision-rule > summary").click();
      claire.find("#decisions li:nth-child(2) .decision-rule > summary").click();
      String unfolded = claire.find("#decisions").getText();
      assertTrue(
          unfolded.contains("« Pack Télésoin ORTHOCAB » est actif sont pris en charge en priorité"),
          unfolded);
      assertTrue(
          unfolded.contains("Nous ne fournissons pas de support aux clients sans abonnement actif"),
          unfolded);
      assertTrue(unfolded.contains("version 1 de la politique"), unfolded);
      claire.assertNoSeriousA11yViolations();
      claire.screenshot("33-customer-unfolds-the-clause");

      claire.clickAndWait("#header\\:langEn");
      String english = claire.find("#decisions").getText();
      assertTrue(
          english.contains(
              "Your Pack Télésoin ORTHOCAB subscription is active: your request is handled"
                  + " first."),
          english);
      assertTrue(english.contains("Why? Rule applied: SCOPE-PRIORITY"), english);
      String englishRule = claire.textOf("#decisions");
      assertTrue(englishRule.contains("subscription is active are handled first"), englishRule);
      assertTrue(englishRule.contains("policy version 1"), englishRule);
      claire.phoneScreenshot("33-customer-sees-decisions-en");
      claire.clickAndWait("#header\\:langFr");

      lucie.login(Demo.LUCIE, Demo.PASSWORD);
      lucie.open(customerPage.replace("/portal/", "/admin/"));
      String agentSees = lucie.textOf("#decisions");
      assertTrue(agentSees.contains("Les clients dont l'abonnement payant"), agentSees);
      // a priority request left open would top the queue that other browser tests look at
      lucie.clickConfirmAndWait("#actions\\:close");
      assertTrue(lucie.find("#status").getText().contains("Close"));
    }
  }
}
