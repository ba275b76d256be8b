package fr.orthocab.support.admin.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.Browser;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import fr.orthocab.support.testing.WebClient;
import fr.orthocab.support.testing.Webhook;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The deliveries log of the billing webhook: a supervisor sees a signed call applied and an
 * unsigned one refused, with their outcomes and raw bodies (shown as text), and filters them; an
 * agent is refused the page.
 */
@ExtendWith(SharedDesk.class)
class BillingDeliveriesIT {
  private static final String PAGE = "/admin/billing/deliveries.xhtml";

  private final DeskServer desk;
  private final String unique = UUID.randomUUID().toString().substring(0, 8);

  BillingDeliveriesIT(DeskServer desk) {
    this.desk = desk;
  }

  @Test
  void aSupervisorSeesSignedCallsWithTheirBodiesUnsignedOnesOnlyCountedAndFiltersThem() {
    Webhook billing = new Webhook(desk);
    String applied = "evt_log_" + unique;
    String email = "journal." + unique + "@example.fr";
    HttpResponse<String> signed =
        billing.signed(Webhook.event(applied, email, "Journal", "Agathe"));
    assertEquals(200, signed.statusCode(), signed.body());
    String refusedId = "evt_refused_" + unique;
    String unknownPack =
        Webhook.event(
                refusedId, "refused." + unique + "@example.fr", "<script>alert(1)</script>", "X")
            .replace("TELESOIN", "PLATINE");
    assertEquals(422, billing.signed(unknownPack).statusCode());
    String forged = "evt_forged_" + unique;
    assertEquals(
        401,
        billing
            .unsigned(Webhook.event(forged, "forged." + unique + "@example.fr", "Faux", "X"))
            .statusCode());

    try (Browser nadia = new Browser(desk, "deliveries-supervisor")) {
      nadia.login(Demo.NADIA, Demo.PASSWORD);
      nadia.clickAndWait("#navBilling");
      assertTrue(nadia.currentPath().startsWith(PAGE), nadia.currentPath());

      WebElement ok = row(nadia, applied);
      String okText = ok.getText();
      assertTrue(okText.contains(applied), okText);
      assertTrue(okText.contains("Valide"), okText);
      assertTrue(okText.contains("200"), okText);
      assertTrue(okText.contains("Appliqué"), okText);
      ok.findElement(By.cssSelector("summary")).click();
      assertTrue(ok.findElement(By.cssSelector("pre")).getText().contains(email));

      assertFalse(nadia.find("#deliveries").getAttribute("textContent").contains(forged));
      String unverified = nadia.find("#unverifiedCalls").getText();
      assertTrue(unverified.contains("Absente"), unverified);
      assertTrue(unverified.contains("401"), unverified);

      WebElement refused = row(nadia, refusedId);
      String refusedText = refused.getText();
      assertTrue(refusedText.contains("Valide"), refusedText);
      assertTrue(refusedText.contains("422"), refusedText);
      assertTrue(refusedText.contains("Refusé"), refusedText);
      assertTrue(
          refusedText.contains("Renouvellement non applicable : pack inconnu PLATINE."),
          "the error in the page's language: " + refusedText);
      refused.findElement(By.cssSelector("summary")).click();
      WebElement body = refused.findElement(By.cssSelector("pre"));
      assertTrue(body.getText().contains("<script>alert(1)</script>"), "shown as text");
      assertTrue(body.findElements(By.cssSelector("script")).isEmpty(), "never as markup");
      nadia.screenshot("60-billing-deliveries");

      nadia.type("#filters\\:eventId", applied);
      nadia.clickAndWait("#filters\\:filter");
      assertTrue(nadia.currentPath().contains("eventId=" + applied), nadia.currentPath());
      List<WebElement> rows = nadia.all("#deliveries_data > tr");
      assertEquals(1, rows.size(), nadia.find("#deliveries").getText());
      assertTrue(rows.get(0).getText().contains(applied));

      nadia.type("#filters\\:eventId", "");
      nadia.choose("filters:outcome", "Refusé");
      nadia.clickAndWait("#filters\\:filter");
      assertTrue(nadia.currentPath().contains("outcome=REJECTED"), nadia.currentPath());
      String table = nadia.find("#deliveries").getText();
      assertFalse(table.contains(applied), table);
      assertTrue(
          nadia.all("#deliveries_data > tr").stream()
              .allMatch(r -> r.getText().contains("Refusé")));
      row(nadia, refusedId);
      nadia.screenshot("61-billing-deliveries-filtered");
    }
  }

  @Test
  void anAgentIsRefusedThePage() {
    WebClient lucie = new WebClient(desk);
    lucie.login(Demo.LUCIE, Demo.PASSWORD);
    assertEquals(403, lucie.get(PAGE).statusCode());
    try (Browser agent = new Browser(desk, "deliveries-agent")) {
      agent.login(Demo.LUCIE, Demo.PASSWORD);
      agent.find("#navQueue");
      assertTrue(agent.all("#navBilling").isEmpty(), "no menu entry for agents");
      agent.open(PAGE);
      assertTrue(agent.text().contains("Accès refusé"), agent.text());
    }
  }

  /** The log's row of that event, found by its raw body (a refused call may name no event id). */
  private static WebElement row(Browser browser, String eventId) {
    return browser.all("#deliveries_data > tr").stream()
        .filter(
            r ->
                r.findElements(By.cssSelector("pre")).stream()
                    .anyMatch(pre -> pre.getAttribute("textContent").contains(eventId)))
        .findFirst()
        .orElseThrow(() -> new AssertionError(eventId + " not in the log:\n" + browser.text()));
  }
}
