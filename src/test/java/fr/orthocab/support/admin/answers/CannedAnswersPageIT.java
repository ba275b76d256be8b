package fr.orthocab.support.admin.answers;

import static fr.orthocab.support.testing.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.ApiClient;
import fr.orthocab.support.testing.Browser;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A supervisor writes a canned answer with placeholders and an action; an agent finds it by a word
 * in the reply's picker, reads it filled for the request, edits it and sends it: the customer gets
 * the filled text, and the request moves as the answer says.
 */
@ExtendWith(SharedDesk.class)
class CannedAnswersPageIT {
  private final DeskServer desk;
  private final ApiClient api;
  private final String unique = UUID.randomUUID().toString().substring(0, 8);

  CannedAnswersPageIT(DeskServer desk) {
    this.desk = desk;
    this.api = new ApiClient(desk, Demo.API_TOKEN);
  }

  @Test
  void anAgentSendsACannedAnswerFilledForTheRequest() {
    String title = "Rappels SMS " + unique;
    String reference = openTicket();
    try (Browser nadia = new Browser(desk, "answers-supervisor");
        Browser lucie = new Browser(desk, "answers-agent")) {
      nadia.login(Demo.NADIA, Demo.PASSWORD);
      nadia.open("/admin/answers/list.xhtml");
      assertTrue(nadia.find("#answers").getText().contains("ELIG-ACTIVE"), "seeded answers");
      nadia.clickAndWait("#newAnswer");
      nadia.type("#answer\\:title", title);
      nadia.type("#answer\\:bodyFr", "Bonjour {prenom}, pour {référence} : {inconnu}");
      nadia.type("#answer\\:bodyEn", "Hello {first_name}, about {reference}");
      nadia.clickAndWait("#answer\\:save");
      assertTrue(nadia.text().contains("{inconnu}"), "an unknown field is named: " + nadia.text());
      nadia.type(
          "#answer\\:bodyFr",
          "Bonjour {prenom}, pour {référence} : les rappels SMS repartent ce soir.");
      nadia.choose("answer:statusAfter", "Résolue");
      nadia.type("#answer\\:internalNote", "Réponse type SMS envoyée.");
      nadia.screenshot("50-canned-answer-edit");
      nadia.phoneScreenshot("50-canned-answer-edit");
      nadia.clickAndWait("#answer\\:save");
      assertTrue(nadia.text().contains("Réponse type « " + title + " » enregistrée."));
      nadia.screenshot("51-canned-answers");

      lucie.login(Demo.LUCIE, Demo.PASSWORD);
      lucie.open("/admin/answers/list.xhtml");
      assertTrue(lucie.all("#newAnswer").isEmpty(), "agents read, supervisors write");
      assertTrue(lucie.all(".answer-edit").isEmpty());
      lucie.open("/admin/answers/edit.xhtml");
      assertTrue(lucie.find("#error-403").getText().contains("pas accessible"), lucie.text());

      lucie.open("/admin/tickets/show.xhtml?id=" + reference.substring(3));
      lucie.find("#reply\\:answerPick").click();
      WebElement filter = lucie.find("#reply\\:answerPick_filter");
      filter.sendKeys("SMS " + unique);
      List<WebElement> shown =
          lucie.all("#reply\\:answerPick_panel li.ui-selectonemenu-item").stream()
              .filter(WebElement::isDisplayed)
              .toList();
      assertEquals(1, shown.size(), "the filter finds it by a word");
      shown.get(0).click();
      lucie.find("#reply\\:insertAnswer").click();
      WebElement text =
          lucie.waitUntil(
              d -> {
                WebElement box = d.findElement(By.cssSelector("#reply\\:text"));
                return box.getAttribute("value").contains("Bonjour Julien") ? box : null;
              });
      assertEquals(
          "Bonjour Julien, pour " + reference + " : les rappels SMS repartent ce soir.",
          text.getAttribute("value"));
      assertTrue(
          lucie.find("#reply\\:answerAction").getText().contains("statut « Résolue »"),
          lucie.find("#reply\\:answerAction").getText());
      text.sendKeys(Keys.END, " Merci de votre patience.");
      lucie.screenshot("52-canned-answer-inserted");
      lucie.phoneScreenshot("52-canned-answer-inserted");
      lucie.clickAndWait("#reply\\:send");
      assertTrue(
          lucie.find("#status").getText().contains("Résolue"), lucie.find("#status").getText());

      JsonObject ticket = json(api.get("/api/tickets/" + reference));
      List<JsonObject> messages =
          ticket.getJsonArray("messages").stream().map(JsonValue::asJsonObject).toList();
      assertTrue(
          messages.stream()
              .anyMatch(
                  m ->
                      m.getString("visibility").equals("PUBLIC")
                          && m.getString("body")
                              .equals(
                                  "Bonjour Julien, pour "
                                      + reference
                                      + " : les rappels SMS repartent ce soir. Merci de votre"
                                      + " patience.")),
          messages.toString());
      assertTrue(
          messages.stream()
              .anyMatch(
                  m ->
                      m.getString("visibility").equals("INTERNAL")
                          && m.getString("body").equals("Réponse type SMS envoyée.")));
    } finally {
      api.post("/api/tickets/" + reference + "/status", "{\"status\":\"CLOSED\"}");
    }
  }

  /**
   * Dated 35 days back, as an import would be: out of today's quota of requests, and out of the 24
   * hours of the other tests' imports (each test class its own day).
   */
  private String openTicket() {
    String earlier =
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            OffsetDateTime.now(ZoneOffset.UTC).minusDays(35).withNano(0));
    return json(api.post(
            "/api/tickets",
            "{\"customerEmail\":\""
                + Demo.JULIEN
                + "\",\"subject\":\"Réponse type "
                + unique
                + "\",\"body\":\"Les rappels SMS ne partent plus.\",\"receivedAt\":\""
                + earlier
                + "\"}"))
        .getString("reference");
  }
}
