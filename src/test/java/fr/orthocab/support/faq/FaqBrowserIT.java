package fr.orthocab.support.faq;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.Browser;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * FAQ-FIRST in the browser: an agenda question typed on the new-request page shows the demo FAQ's
 * article; "this answered my question" ends the form without a ticket (no quota used) and the
 * supervisors' dashboard counts it; the portal's FAQ page finds an article from words typed fast.
 */
@ExtendWith(SharedDesk.class)
class FaqBrowserIT {
  private final DeskServer desk;
  private final String unique = UUID.randomUUID().toString().substring(0, 8);

  FaqBrowserIT(DeskServer desk) {
    this.desk = desk;
  }

  @Test
  void anAgendaQuestionIsAnsweredByTheFaqWithoutATicket() throws InterruptedException {
    try (Browser customer = new Browser(desk, "faq-suggestion")) {
      customer.login(Demo.CLAIRE, Demo.PASSWORD);
      customer.open("/portal/tickets/new.xhtml");
      customer.type("#request\\:subject", "Question " + unique);
      customer.type(
          "#request\\:description", "Comment partager mon agenda avec ma secrétaire ? Merci");
      String suggestions = settled(customer, ".faq-suggestions", "Partager votre agenda");
      assertTrue(suggestions.contains("Partager votre agenda"), suggestions);
      customer.find(".faq-suggestion summary").click();
      assertTrue(customer.find(".faq-suggestion .faq-body").getText().contains("Inviter"));
      customer.screenshot("faq-01-suggestion");

      customer.clickAndWait(".faq-suggestion .faq-answered");
      assertTrue(
          customer.currentPath().startsWith("/portal/tickets/list.xhtml"), customer.currentPath());
      assertTrue(customer.text().contains("aucune demande n'a été envoyée"), customer.text());
      assertFalse(customer.text().contains(unique), "no ticket was created");
      customer.screenshot("faq-02-thanks");
    }
    try (Browser supervisor = new Browser(desk, "faq-dashboard")) {
      supervisor.login(Demo.NADIA, Demo.PASSWORD);
      supervisor.open("/admin/dashboard.xhtml");
      String figure = supervisor.find("#deflection .figure-value").getText();
      assertTrue(figure.matches("\\d+ %"), figure);
      supervisor.screenshot("faq-03-dashboard");
    }
  }

  /** The text of an element that ajax may re-render meanwhile, once it shows what is expected. */
  private static String settled(Browser browser, String css, String expected)
      throws InterruptedException {
    String text = "";
    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!text.contains(expected) && System.nanoTime() < until) {
      try {
        text = browser.all(css).isEmpty() ? "" : browser.all(css).get(0).getText();
      } catch (StaleElementReferenceException rerendered) {
        text = "";
      }
      Thread.sleep(200);
    }
    Thread.sleep(1000);
    return text;
  }

  @Test
  void thePortalFaqFindsAnArticleFromWordsTypedFast() {
    try (Browser customer = new Browser(desk, "faq-search")) {
      customer.login(Demo.JULIEN, Demo.PASSWORD);
      customer.open("/portal/faq.xhtml");
      customer.type("#q", "rdv pas envoyé par sms");
      customer.clickAndWait("#faqSearchSubmit");
      WebElement first = customer.find(".faq-results .faq-article summary");
      assertTrue(first.getText().contains("rappels de rendez-vous par SMS"), first.getText());
      customer.screenshot("faq-04-portal-search");
    }
  }

  @Test
  void aSupervisorListsTheArticlesAndPreviewsASanitisedBody() {
    try (Browser supervisor = new Browser(desk, "faq-admin")) {
      supervisor.login(Demo.NADIA, Demo.PASSWORD);
      supervisor.open("/admin/faq/articles.xhtml");
      String list = supervisor.find(".faq-articles").getText();
      assertTrue(list.contains("Partager votre agenda"), list);
      supervisor.screenshot("faq-05-admin-list");
      supervisor.open("/admin/faq/edit.xhtml");
      supervisor.type(
          "#article\\:bodyFr", "<p>Voir <b>Agenda</b><script>alert(1)</script><img src=x></p>");
      WebElement bold = supervisor.find("#article\\:previewFr .faq-body b");
      assertTrue(bold.getText().equals("Agenda"), bold.getText());
      assertTrue(supervisor.all("#article\\:previewFr script, #article\\:previewFr img").isEmpty());
      supervisor.screenshot("faq-06-admin-preview");
    }
  }
}
