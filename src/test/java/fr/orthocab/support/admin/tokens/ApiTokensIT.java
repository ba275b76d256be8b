package fr.orthocab.support.admin.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.ApiClient;
import fr.orthocab.support.testing.Browser;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A supervisor creates a read-only API token, shown once, and revokes it; agents cannot. */
@ExtendWith(SharedDesk.class)
class ApiTokensIT {
  private final DeskServer desk;

  ApiTokensIT(DeskServer desk) {
    this.desk = desk;
  }

  @Test
  void aReadOnlyTokenReadsCannotWriteAndStopsWorkingOnceRevoked() {
    String name = "Tableau de bord " + UUID.randomUUID().toString().substring(0, 6);
    try (Browser nadia = new Browser(desk, "tokens");
        Browser lucie = new Browser(desk, "tokens-agent")) {
      lucie.login(Demo.LUCIE, Demo.PASSWORD);
      assertTrue(lucie.all("#navTokens").isEmpty(), "no menu entry for agents");
      lucie.open("/admin/tokens/list.xhtml");
      assertFalse(lucie.text().contains("Créer un jeton"), lucie.text());

      nadia.login(Demo.NADIA, Demo.PASSWORD);
      nadia.clickAndWait("#navTokens");
      nadia.type("#create\\:name", name);
      nadia.choose("create:scope", "Lecture seule");
      nadia.clickAndWait("#create\\:submit");
      String token = nadia.find("#token").getText();
      assertTrue(token.startsWith("oc_"), token);
      assertTrue(nadia.find("#tokens").getText().contains(name));
      nadia.screenshot("20-api-token-created");

      ApiClient reader = new ApiClient(desk, token);
      assertEquals(200, reader.get("/api/tickets?size=1").statusCode());
      assertEquals(
          403,
          reader
              .post(
                  "/api/tickets",
                  "{\"customerEmail\":\""
                      + Demo.CLAIRE
                      + "\",\"subject\":\"Lecture seule\",\"body\":\"Ce jeton ne peut pas écrire.\"}")
              .statusCode());

      nadia.open("/admin/tokens/list.xhtml");
      assertFalse(nadia.text().contains(token), "shown once only");
      nadia
          .find("#tokens")
          .findElement(org.openqa.selenium.By.xpath(".//tr[contains(., '" + name + "')]//button"))
          .click();
      String question = nadia.find(".ui-confirm-dialog").getText();
      assertTrue(question.contains("Révoquer ce jeton ?"), question);
      nadia.find(".ui-confirm-dialog .ui-confirmdialog-yes").click();
      nadia.find(".ui-messages-info");
      assertEquals(401, reader.get("/api/tickets?size=1").statusCode());
    }
  }
}
