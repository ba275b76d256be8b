package fr.orthocab.support.duplicate;

import static fr.orthocab.support.testing.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.ApiClient;
import fr.orthocab.support.testing.Browser;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import fr.orthocab.support.testing.SharedMail;
import fr.orthocab.support.testing.Webhook;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.StaleElementReferenceException;

/**
 * Duplicates in the browser, for a fresh customer (billing's webhook, their invitation): typing a
 * request like one in progress shows it, and "add as a comment" adds the text there; a duplicate
 * sent anyway is flagged in the ticket API, and an agent merges it into the suggested original.
 */
@ExtendWith(SharedDesk.class)
class DuplicatesBrowserIT {
  private static final Pattern LINK = Pattern.compile("/invitation\\.xhtml\\?token=[A-Za-z0-9_-]+");
  private static final String PASSWORD = "Orthophonie à Lyon 2026";

  private final DeskServer desk;
  private final SharedMail mail;
  private final ApiClient api;
  private final String unique = UUID.randomUUID().toString().substring(0, 8);

  DuplicatesBrowserIT(DeskServer desk, SharedMail mail) {
    this.desk = desk;
    this.mail = mail;
    this.api = new ApiClient(desk, Demo.API_TOKEN);
  }

  @Test
  void aSimilarOpenRequestTakesTheCommentAndAnAgentMergesADuplicate() throws Exception {
    String email = "doublons." + unique + "@example.fr";
    HttpResponse<String> created =
        new Webhook(desk).signed(Webhook.event("evt_dup_" + unique, email, "Doublon", "Ines"));
    assertEquals(200, created.statusCode(), created.body());
    String original =
        send(email, "Export comptable vide", "L'export comptable CSV sort vide pour mars.");
    String duplicate = null;
    try (Browser nadia = new Browser(desk, "dup-supervisor");
        Browser ines = new Browser(desk, "dup-customer");
        Browser lucie = new Browser(desk, "dup-agent")) {
      nadia.login(Demo.NADIA, Demo.PASSWORD);
      ines.open(mail.linkMailedTo(email, 1, LINK));
      ines.type("#invitation\\:password", PASSWORD);
      ines.type("#invitation\\:confirmation", PASSWORD);
      ines.clickAndWait("#invitation\\:submit");
      ines.login(email, PASSWORD);

      ines.open("/portal/tickets/new.xhtml");
      ines.type("#request\\:subject", "Export toujours vide");
      ines.type(
          "#request\\:description", "Mon export comptable CSV est toujours vide, rien ne sort.");
      String similar = settledText(ines, ".similar-requests", original);
      assertTrue(similar.contains(original), similar);
      assertTrue(similar.contains("DUP-COMMENT"), similar);
      ines.screenshot("dup-01-similar-request");
      clickOnceSettled(ines, ".similar-request button.add-as-comment");
      assertTrue(ines.currentPath().contains("id=" + original.substring(3)), ines.currentPath());
      String thread = ines.find("#thread").getText();
      assertTrue(thread.contains("rien ne sort"), thread);
      ines.screenshot("dup-02-added-as-comment");

      duplicate =
          send(email, "Export comptable toujours vide", "Mon export comptable CSV reste vide.");
      JsonObject flagged = json(api.get("/api/tickets/" + duplicate));
      assertTrue(
          flagged.getJsonArray("flags").stream()
              .map(f -> f.asJsonObject())
              .anyMatch(
                  f ->
                      f.getString("kind").equals("PROBABLE_DUPLICATE")
                          && f.getString("detail").contains(original)),
          flagged.toString());

      lucie.login(Demo.LUCIE, Demo.PASSWORD);
      lucie.open("/admin/tickets/show.xhtml?id=" + duplicate.substring(3));
      assertEquals(original, lucie.find("#merge\\:original").getAttribute("value"));
      lucie.screenshot("dup-03-merge-suggested");
      lucie.clickConfirmAndWait("#merge\\:submit");
      assertTrue(lucie.text().contains("fusionnée dans " + original), lucie.text());
      assertTrue(lucie.find("#mergedIn").getText().contains(duplicate));
      assertTrue(lucie.find("#thread").getText().contains("reste vide"), "messages moved");
      assertTrue(lucie.textOf("#slaHistory").contains(duplicate), "its SLA history shown here too");
      lucie.screenshot("dup-04-merged");

      JsonObject merged = json(api.get("/api/tickets/" + duplicate));
      assertEquals("MERGED", merged.getString("status"));
      assertEquals(original, merged.getString("mergedInto"));
    } finally {
      api.post("/api/tickets/" + original + "/status", "{\"status\":\"CLOSED\"}");
      if (duplicate != null) {
        JsonObject left = json(api.get("/api/tickets/" + duplicate));
        if (!left.getString("status").equals("MERGED")) {
          api.post("/api/tickets/" + duplicate + "/status", "{\"status\":\"CLOSED\"}");
        }
      }
    }
  }

  /**
   * The text of an element the typing's ajax may still re-render, once it shows what is expected.
   */
  private static String settledText(Browser browser, String css, String expected)
      throws InterruptedException {
    String text = "";
    for (int attempt = 0; attempt < 40 && !text.contains(expected); attempt++) {
      Thread.sleep(500);
      try {
        text = browser.find(css).getText();
      } catch (StaleElementReferenceException rerendered) {
        text = "";
      }
    }
    return text;
  }

  /** The notice's ajax may re-render the list once more as the last keystrokes arrive. */
  private static void clickOnceSettled(Browser browser, String css) throws InterruptedException {
    for (int attempt = 0; ; attempt++) {
      try {
        Thread.sleep(1500);
        browser.clickAndWait(css);
        return;
      } catch (StaleElementReferenceException rerendered) {
        if (attempt == 4) {
          throw rerendered;
        }
      }
    }
  }

  private String send(String email, String subject, String body) {
    HttpResponse<String> sent =
        api.post(
            "/api/tickets",
            "{\"customerEmail\":\""
                + email
                + "\",\"subject\":\""
                + subject
                + "\",\"body\":\""
                + body
                + "\",\"category\":\"BUG\"}");
    assertEquals(201, sent.statusCode(), sent.body());
    return json(sent).getString("reference");
  }
}
