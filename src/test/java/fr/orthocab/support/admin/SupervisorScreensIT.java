package fr.orthocab.support.admin;

import static fr.orthocab.support.testing.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.ApiClient;
import fr.orthocab.support.testing.Browser;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.openqa.selenium.Keys;

/**
 * A supervisor's screens, as she meets them: each one passes axe (no serious or critical
 * accessibility violation) and is photographed at 1366 px and at a phone's width.
 */
@ExtendWith(SharedDesk.class)
class SupervisorScreensIT {
  private final DeskServer desk;
  private final ApiClient api;
  private final String unique = UUID.randomUUID().toString().substring(0, 6);

  SupervisorScreensIT(DeskServer desk) {
    this.desk = desk;
    this.api = new ApiClient(desk, Demo.API_TOKEN);
  }

  private String openRequest() {
    HttpResponse<String> created =
        api.post(
            "/api/tickets",
            "{\"customerEmail\":\""
                + Demo.CLAIRE
                + "\",\"subject\":\"Rappels SMS "
                + unique
                + "\",\"body\":\"Les rappels SMS ne partent plus depuis lundi.\"}");
    assertEquals(201, created.statusCode(), created.body());
    return json(created).getString("reference");
  }

  @Test
  void theMenuHoldsOnOneLineAt1366AndItsGroupsOpenFromTheKeyboard() {
    try (Browser nadia = new Browser(desk, "menu")) {
      nadia.login(Demo.NADIA, Demo.PASSWORD);
      nadia.open("/admin/dashboard.xhtml");
      String lines =
          "const tops = new Set([...document.querySelectorAll('.desk-nav > a, .desk-nav > details')]"
              + ".map(e => e.getBoundingClientRect()).map(r => Math.round((r.top + r.height / 2) / 10)));"
              + "const page = document.documentElement;"
              + "return tops.size + ' ' + (page.scrollWidth > page.clientWidth);";
      assertEquals(
          "1 false", nadia.atWidth(1366, () -> nadia.evaluate(lines)), "one line, no scroll");
      assertFalse(nadia.find("#navDashboard").getText().isBlank());
      assertFalse(nadia.all("#navHeld").get(0).isDisplayed(), "grouped, folded");

      nadia.find("#navSupervisionGroup > summary").sendKeys(Keys.ENTER);
      assertTrue(nadia.find("#navHeld").isDisplayed());
      nadia.screenshotAtWidth(1366, "91-menu-supervision-open");
      nadia.find("#navHeld").sendKeys(Keys.ESCAPE);
      assertFalse(nadia.all("#navHeld").get(0).isDisplayed(), "Escape closes the group");

      nadia.find("#navSettingsGroup > summary").sendKeys(Keys.ENTER);
      nadia.clickAndWait("#navPolicy");
      assertTrue(nadia.currentPath().startsWith("/admin/policy/versions.xhtml"));
      assertTrue(
          nadia.find("#navSettingsGroup").getAttribute("class").contains("current"),
          "the group of the page on show is marked");
      nadia.openMenuGroupOf("#navHeld");
      nadia.phoneScreenshot("91-menu-supervision-open");
      String overflow =
          "return document.documentElement.scrollWidth > document.documentElement.clientWidth;";
      assertEquals(false, nadia.atWidth(390, () -> nadia.evaluate(overflow)), "no sideways scroll");
    }
  }

  @Test
  void everySupervisorScreenPassesAxeAtDesktopAndPhoneWidths() {
    String reference = openRequest();
    List<String> pages =
        List.of(
            "/admin/tickets/queue.xhtml",
            "/admin/tickets/show.xhtml?id=" + reference.substring(3),
            "/admin/dashboard.xhtml",
            "/admin/mail/inbox.xhtml",
            "/admin/held/list.xhtml",
            "/admin/billing/deliveries.xhtml",
            "/admin/policy/versions.xhtml");
    try (Browser nadia = new Browser(desk, "supervisor")) {
      nadia.login(Demo.NADIA, Demo.PASSWORD);
      List<Executable> checks = new ArrayList<>();
      for (String page : pages) {
        nadia.open(page);
        String step = "90-" + page.replaceAll("^/admin/|\\.xhtml.*$", "").replace('/', '-');
        nadia.screenshotAtWidth(1366, step);
        nadia.phoneScreenshot(step);
        try {
          nadia.assertNoSeriousA11yViolations();
        } catch (AssertionError violations) {
          checks.add(
              () -> {
                throw violations;
              });
        }
      }
      assertAll(checks);
    } finally {
      api.post("/api/tickets/" + reference + "/status", "{\"status\":\"CLOSED\"}");
    }
  }
}
