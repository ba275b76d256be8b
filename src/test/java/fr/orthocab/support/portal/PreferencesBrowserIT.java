package fr.orthocab.support.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.Browser;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A customer chooses the optional mails on the portal; the choice is kept. */
@ExtendWith(SharedDesk.class)
class PreferencesBrowserIT {
  private final DeskServer desk;

  PreferencesBrowserIT(DeskServer desk) {
    this.desk = desk;
  }

  @Test
  void aCustomerDeclinesSatisfactionMailsAndTheChoiceIsKept() {
    try (Browser julien = new Browser(desk, "preferences")) {
      julien.login(Demo.JULIEN, Demo.PASSWORD);
      julien.clickAndWait("#navPreferences");
      assertTrue(julien.text().contains("Chaque réponse de l'équipe support vous est toujours"));
      julien.assertNoSeriousA11yViolations();
      julien.screenshot("90-preferences");
      julien.phoneScreenshot("90-preferences");
      try {
        julien.find("#preferences\\:satisfaction .ui-chkbox-box").click();
        julien.clickAndWait("#preferences\\:save");
        assertTrue(julien.text().contains("Vos préférences sont enregistrées."), julien.text());
        julien.open("/portal/preferences.xhtml");
        assertEquals(
            "false",
            String.valueOf(
                julien.evaluate(
                    "return document.getElementById('preferences:satisfaction_input').checked")));
        assertEquals(
            "true",
            String.valueOf(
                julien.evaluate(
                    "return document.getElementById('preferences:acknowledgements_input')"
                        + ".checked")));
      } finally {
        // the other tests expect the demo customer's satisfaction mails
        julien.open("/portal/preferences.xhtml");
        if (!Boolean.TRUE.equals(
            julien.evaluate(
                "return document.getElementById('preferences:satisfaction_input').checked"))) {
          julien.find("#preferences\\:satisfaction .ui-chkbox-box").click();
          julien.clickAndWait("#preferences\\:save");
        }
      }
    }
  }
}
