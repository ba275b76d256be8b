package fr.orthocab.support.admin.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.Browser;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import fr.orthocab.support.testing.WebClient;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A supervisor sets the SLA calendar and policies; an agent cannot. The desk is shared with the
 * other tests: each test puts back what it changed, and the closure day is years ahead.
 */
@ExtendWith(SharedDesk.class)
class SlaSettingsIT {
  private static final String PAGE = "/admin/sla/settings.xhtml";
  private static final String FREE_PACK = "Pack gratuit ORTHOCAB";
  private static final List<String> POLICY_FIELDS =
      List.of(
          "objectiveHours",
          "objectiveMinutes",
          "deadlineDays",
          "warningPercent",
          "warningHours",
          "warningMinutes");

  private final DeskServer desk;

  SlaSettingsIT(DeskServer desk) {
    this.desk = desk;
  }

  @Test
  void anAgentIsRefusedThePageAndItsForms() {
    WebClient lucie = new WebClient(desk);
    lucie.login(Demo.LUCIE, Demo.PASSWORD);
    assertEquals(403, lucie.get(PAGE).statusCode());
    assertEquals(
        403, lucie.post(PAGE, Map.of("closeDay", "closeDay", "closeDay:add", "")).statusCode());
    assertEquals(200, lucie.get("/admin/tickets/queue.xhtml").statusCode());

    try (Browser agent = new Browser(desk, "sla-agent")) {
      agent.login(Demo.LUCIE, Demo.PASSWORD);
      agent.open("/admin/tickets/queue.xhtml");
      agent.find("#navQueue");
      assertTrue(agent.all("#navSla").isEmpty(), "no menu entry for agents");
      agent.open(PAGE);
      assertTrue(agent.text().contains("Accès refusé"), agent.text());
      assertTrue(agent.all("#hours").isEmpty());
    }
  }

  @Test
  void aSupervisorAddsAndRemovesAClosureDayButNotOneInThePast() {
    String label = "Séminaire d'équipe " + UUID.randomUUID().toString().substring(0, 6);
    int year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
    try (Browser nadia = new Browser(desk, "sla-closures")) {
      nadia.login(Demo.NADIA, Demo.PASSWORD);
      nadia.clickAndWait("#navSla");
      assertEquals(PAGE, nadia.currentPath());
      String holidays = nadia.find("#holidays").getText();
      assertTrue(holidays.contains("14 juillet " + year), holidays);
      assertTrue(holidays.contains("25 décembre " + (year + 1) + " — Noël"), holidays);
      assertTrue(nadia.find("#dayCount").getText().contains("jours ouvrables"));
      try {
        addClosure(nadia, "02/01/2020", "Trop tard");
        assertTrue(
            nadia.text().contains("Le jeudi 2 janvier 2020 est passé"),
            nadia.find("#messages").getText());
        assertFalse(nadia.find("#closures").getText().contains("2 janvier 2020"));

        addClosure(nadia, "12/03/2031", "");
        assertTrue(nadia.text().contains("Motif : ce champ est obligatoire."), nadia.text());
        assertFalse(nadia.find("#closures").getText().contains("12 mars 2031"));

        addClosure(nadia, "12/03/2031", label);
        assertTrue(
            nadia.text().contains("Jour de fermeture ajouté : mercredi 12 mars 2031."),
            nadia.text());
        nadia.open(PAGE);
        String row = closureRow(nadia, label).getText();
        assertTrue(row.contains("mercredi 12 mars 2031"), row);
        assertTrue(row.contains("Nadia Lefèvre"), row);
        nadia.screenshot("40-sla-closure-day");

        clickButtonOf(nadia, closureRow(nadia, label));
        assertTrue(
            nadia.text().contains("Jour de fermeture retiré : mercredi 12 mars 2031."),
            nadia.text());
        nadia.open(PAGE);
        assertFalse(nadia.find("#closures").getText().contains(label));
      } finally {
        nadia.open(PAGE);
        if (nadia.find("#closures").getText().contains(label)) {
          clickButtonOf(nadia, closureRow(nadia, label));
        }
      }
    }
  }

  @Test
  void aSupervisorChangesTheOpeningHoursAndAnInvalidWeekSavesNothing() {
    try (Browser nadia = new Browser(desk, "sla-hours")) {
      nadia.login(Demo.NADIA, Demo.PASSWORD);
      nadia.open(PAGE);
      assertTrue(
          nadia.find("#hoursNote").getText().contains("une demande garde les échéances"),
          "clocks already started keep their due instants");
      assertEquals("18:00", value(nadia, slot(1, 0, "end")));
      try {
        nadia.clickAndWait(css("hours:days:5:add"));
        nadia.type(css(slot(5, 0, "start")), "10:00");
        nadia.type(css(slot(5, 0, "end")), "12h30");
        nadia.clickAndWait(css("hours:save"));
        assertTrue(nadia.text().contains("Horaires d'ouverture enregistrés"), nadia.text());
        nadia.open(PAGE);
        assertEquals("10:00", value(nadia, slot(5, 0, "start")));
        assertEquals("12:30", value(nadia, slot(5, 0, "end")));

        // a valid change on Tuesday alongside an interval crossing midnight on Monday
        nadia.type(css(slot(1, 0, "end")), "17:00");
        nadia.clickAndWait(css("hours:days:0:add"));
        nadia.type(css(slot(0, 1, "start")), "22:00");
        nadia.type(css(slot(0, 1, "end")), "02:00");
        nadia.clickAndWait(css("hours:save"));
        String refused = nadia.find("#messages").getText();
        assertTrue(refused.contains("Horaires non enregistrés, rien n'a changé"), refused);
        assertTrue(
            refused.contains("lundi 22:00-02:00 : le début doit précéder la fin, le même jour"),
            refused);
        assertFalse(refused.contains("start must be before end"), refused);
        nadia.screenshot("41-sla-hours-refused");

        nadia.type(css(slot(0, 1, "end")), "25:00");
        nadia.clickAndWait(css("hours:save"));
        refused = nadia.find("#messages").getText();
        assertTrue(refused.contains("lundi : « 25:00 » n'est pas une heure"), refused);

        nadia.open(PAGE);
        assertEquals("18:00", value(nadia, slot(1, 0, "end")), "Tuesday unchanged");
        assertTrue(nadia.all(css(slot(0, 1, "start"))).isEmpty(), "Monday unchanged");
        assertEquals("10:00", value(nadia, slot(5, 0, "start")), "Saturday as saved");
      } finally {
        nadia.open(PAGE);
        nadia.clickAndWait(css("hours:standard"));
        nadia.clickAndWait(css("hours:save"));
      }
      nadia.open(PAGE);
      for (int day = 0; day < 5; day++) {
        assertEquals("09:00", value(nadia, slot(day, 0, "start")));
        assertEquals("18:00", value(nadia, slot(day, 0, "end")));
        assertTrue(nadia.all(css(slot(day, 1, "start"))).isEmpty());
      }
      assertTrue(nadia.all(css(slot(5, 0, "start"))).isEmpty(), "Saturday closed again");
      assertTrue(nadia.all(css(slot(6, 0, "start"))).isEmpty(), "Sunday closed");
    }
  }

  @Test
  void aSupervisorChangesThePolicyOfAPackAndSeesTheNewValues() {
    try (Browser nadia = new Browser(desk, "sla-policies")) {
      nadia.login(Demo.NADIA, Demo.PASSWORD);
      nadia.open(PAGE);
      String before = policyRow(nadia, FREE_PACK).getText();
      assertTrue(policyRow(nadia, "Par défaut (sans pack)").isDisplayed());
      editFreePack(nadia);
      List<String> original = POLICY_FIELDS.stream().map(f -> value(nadia, "policy:" + f)).toList();
      try {
        nadia.type(css("policy:warningPercent"), "100");
        nadia.type(css("policy:objectiveMinutes"), "75");
        nadia.clickAndWait(css("policy:save"));
        String refused = nadia.find("#messages").getText();
        assertTrue(refused.contains("Politique non enregistrée"), refused);
        assertTrue(refused.contains("Objectif : de 0 à 999 heures et de 0 à 59 minutes."), refused);
        assertTrue(
            refused.contains("Alerte : un pourcentage de l'objectif entre 1 et 99."), refused);
        nadia.open(PAGE);
        assertEquals(before, policyRow(nadia, FREE_PACK).getText(), "nothing saved");

        editFreePack(nadia);
        fillPolicy(nadia, List.of("8", "30", "3", "80", "3", "15"));
        nadia.clickAndWait(css("policy:save"));
        assertTrue(
            nadia.text().contains("Nouvelle politique enregistrée pour " + FREE_PACK),
            nadia.text());
        nadia.open(PAGE);
        String row = policyRow(nadia, FREE_PACK).getText();
        for (String shown : List.of("8 h 30", "3 jours", "80 %", "3 h 15", "Nadia Lefèvre")) {
          assertTrue(row.contains(shown), shown + " in " + row);
        }
        nadia.screenshot("42-sla-policy-changed");
      } finally {
        nadia.open(PAGE);
        editFreePack(nadia);
        fillPolicy(nadia, original);
        nadia.clickAndWait(css("policy:save"));
      }
      nadia.open(PAGE);
      editFreePack(nadia);
      assertEquals(original, POLICY_FIELDS.stream().map(f -> value(nadia, "policy:" + f)).toList());
    }
  }

  private static void addClosure(Browser browser, String day, String label) {
    browser.type(css("closeDay:day_input"), day);
    WebElement field = browser.find(css("closeDay:label"));
    field.clear();
    field.sendKeys(label);
    browser.clickAndWait(css("closeDay:add"));
  }

  private static WebElement closureRow(Browser browser, String label) {
    return browser.find("#closures").findElement(By.xpath(".//tr[contains(., \"" + label + "\")]"));
  }

  private static WebElement policyRow(Browser browser, String name) {
    return browser
        .find("#policyList")
        .findElement(By.xpath(".//tbody/tr[contains(., '" + name + "')]"));
  }

  private static void editFreePack(Browser browser) {
    clickButtonOf(browser, policyRow(browser, FREE_PACK));
    String title = browser.find("#policy h3").getText();
    assertTrue(title.contains(FREE_PACK), title);
  }

  /** Clicks the row's one button and waits for the page it brings. */
  private static void clickButtonOf(Browser browser, WebElement row) {
    browser.clickAndWait(css(row.findElement(By.tagName("button")).getAttribute("id")));
  }

  private static void fillPolicy(Browser browser, List<String> values) {
    for (int i = 0; i < POLICY_FIELDS.size(); i++) {
      browser.type(css("policy:" + POLICY_FIELDS.get(i)), values.get(i));
    }
  }

  private static String slot(int day, int index, String end) {
    return "hours:days:" + day + ":slots:" + index + ":" + end;
  }

  private static String value(Browser browser, String id) {
    return browser.find(css(id)).getAttribute("value");
  }

  private static String css(String id) {
    return "#" + id.replace(":", "\\:");
  }
}
