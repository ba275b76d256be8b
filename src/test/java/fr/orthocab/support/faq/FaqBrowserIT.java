package fr.orthocab.support.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.Browser;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * FAQ-FIRST in the browser: an agenda question typed on the new-request page shows the demo FAQ's
 * article; "this answered my question" ends the form without a ticket (no quota used) and the
 * supervisors' dashboard counts it; the portal's FAQ page finds an article from words typed fast;
 * an article written in the admin rich-text editor reaches customers sanitised.
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

  /**
   * The article the subject found stays while a usual three-line description is typed (it used to
   * vanish, its share of the longer text too small); in English, an article without an English
   * version says it is in French.
   */
  @Test
  void theSubjectsArticleStaysAsTheDescriptionGrowsAndEnglishReadersSeeWhatIsInFrench()
      throws InterruptedException {
    try (Browser julien = new Browser(desk, "faq-subject")) {
      julien.login(Demo.JULIEN, Demo.PASSWORD);
      julien.open("/portal/tickets/new.xhtml");
      julien.type("#request\\:subject", "j'ai oublie mon mdp");
      String bySubject = settled(julien, ".faq-suggestions", "Mot de passe oublié");
      assertTrue(bySubject.contains("Mot de passe oublié"), bySubject);
      julien.type(
          "#request\\:description",
          "Bonjour,\nDepuis ce matin je n'arrive plus à avancer, c'est très gênant pour mon cabinet"
              + " et je dois recevoir du monde cet après-midi.\nPouvez-vous me dire quoi faire"
              + " rapidement ? Merci d'avance, bonne journée.");
      Thread.sleep(1500);
      String withDescription = settled(julien, ".faq-suggestions", "Mot de passe oublié");
      assertTrue(withDescription.contains("Mot de passe oublié"), withDescription);
      julien.evaluate("document.querySelector('.faq-suggestions').scrollIntoView()");
      julien.screenshot("faq-08-subject-stays");
      julien.atWidth(
          390,
          () -> {
            julien.evaluate("document.querySelector('.faq-suggestions').scrollIntoView()");
            julien.screenshot("faq-08-subject-stays-phone");
            return null;
          });

      try {
        julien.clickAndWait("#header\\:langEn");
        julien.open("/portal/faq.xhtml");
        WebElement french =
            julien.all(".faq-results .faq-article summary").stream()
                .filter(e -> e.getText().contains("Partager votre agenda"))
                .findFirst()
                .orElseThrow();
        assertTrue(french.getText().contains("(in French"), french.getText());
        assertEquals("fr", french.findElement(By.cssSelector("span[lang]")).getAttribute("lang"));
        assertTrue(
            julien.all(".faq-results .faq-article summary").stream()
                .anyMatch(e -> !e.getText().contains("(in French")),
            "an article with its English version has no marker");
        julien.assertNoSeriousA11yViolations();
        julien.evaluate("arguments[0].scrollIntoView()", french);
        julien.screenshot("faq-09-english-faq");
        julien.phoneScreenshot("faq-09-english-faq");
      } finally {
        // the other tests read Julien's pages in French
        if (!julien.all("#header\\:langFr").isEmpty()) {
          julien.clickAndWait("#header\\:langFr");
        }
      }
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

  /**
   * The editor is driven as a supervisor would: toolbar buttons for bold and a bulleted list. Typed
   * markup is text, never code; what customers get went through the server's allow-list.
   */
  @Test
  void aSupervisorWritesInTheEditorAndCustomersReadTheSanitisedArticle() {
    String word = "zq" + unique;
    try (Browser supervisor = new Browser(desk, "faq-admin")) {
      supervisor.login(Demo.NADIA, Demo.PASSWORD);
      supervisor.open("/admin/faq/articles.xhtml");
      String list = supervisor.find(".faq-articles").getText();
      assertTrue(list.contains("Partager votre agenda"), list);
      supervisor.screenshot("faq-05-admin-list");

      supervisor.open("/admin/faq/edit.xhtml");
      supervisor.choose("article:category", "Agenda");
      supervisor.type("#article\\:titleFr", "Rappels " + word);
      WebElement editor = supervisor.find("#article\\:bodyFr .ql-editor");
      editor.click();
      editor.sendKeys("Voir <script>alert(1)</script> ");
      supervisor.find("#article\\:bodyFr_toolbar .ql-bold").click();
      editor.sendKeys("Agenda");
      supervisor.find("#article\\:bodyFr_toolbar .ql-bold").click();
      editor.sendKeys(" puis " + word, Keys.ENTER);
      supervisor.find("#article\\:bodyFr_toolbar .ql-list[value=bullet]").click();
      editor.sendKeys("un", Keys.ENTER, "deux");
      supervisor.find("#article\\:titleEn").click();

      WebElement bold = supervisor.find("#article\\:previewFr .faq-body strong");
      assertEquals("Agenda", bold.getText());
      assertEquals(2, supervisor.all("#article\\:previewFr .faq-body ul > li").size());
      assertTrue(supervisor.all("#article\\:previewFr script").isEmpty());
      supervisor.screenshot("faq-06-admin-editor");
      // only the editor's own errors: the category menu may log one of PrimeFaces' when a busy
      // machine makes Browser.choose click twice
      List<String> errors =
          supervisor.consoleErrors().stream()
              .filter(e -> e.contains("Content Security Policy") || e.contains("texteditor"))
              .toList();
      assertTrue(errors.isEmpty(), "the editor runs under the CSP: " + errors);

      supervisor.clickAndWait("#article\\:publish");
      assertTrue(
          supervisor.currentPath().startsWith("/admin/faq/articles.xhtml"),
          supervisor.currentPath() + "\n" + supervisor.text());
      WebElement row =
          supervisor.all(".faq-articles tr").stream()
              .filter(r -> r.getText().contains(word))
              .findFirst()
              .orElseThrow();
      row.findElement(By.cssSelector(".faq-edit")).click();
      supervisor.find("#article\\:bodyFr .ql-editor");
      assertEquals(
          2,
          supervisor.all("#article\\:bodyFr .ql-editor li[data-list=bullet]").size(),
          "the saved <ul> comes back into the editor as bullets");
    }
    try (Browser customer = new Browser(desk, "faq-published")) {
      customer.login(Demo.JULIEN, Demo.PASSWORD);
      customer.open("/portal/faq.xhtml");
      customer.type("#q", "rappels " + word);
      customer.clickAndWait("#faqSearchSubmit");
      WebElement summary = customer.find(".faq-results .faq-article summary");
      assertEquals("Rappels " + word, summary.getText());
      summary.click();
      String body = ".faq-results details.faq-article:first-of-type .faq-body";
      assertEquals("Agenda", customer.find(body + " strong").getText());
      assertEquals(
          List.of("un", "deux"),
          customer.all(body + " ul > li").stream().map(WebElement::getText).toList());
      assertTrue(customer.all(".faq-results script").isEmpty());
      assertTrue(
          customer.find(body).getText().contains("Voir <script>alert(1)</script> Agenda"),
          customer.find(body).getText());
      customer.screenshot("faq-07-portal-article");
    }
  }
}
