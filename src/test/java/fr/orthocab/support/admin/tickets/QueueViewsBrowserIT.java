package fr.orthocab.support.admin.tickets;

import static fr.orthocab.support.testing.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.ApiClient;
import fr.orthocab.support.testing.Browser;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * An agent works the queue by its views: "Mes demandes" counts what it shows; the filters on show
 * saved as a view of their own, found again after a reload (the queue opens on the last view) and
 * closed to a colleague; j/k/Enter open a request, "/" goes to the words; at a desktop's and a
 * phone's width, with axe. Thomas's requests are Julien's, received 43 days back (out of the other
 * tests' 24-hour quotas), closed at the end; Thomas and Lucie are left on the "open" view.
 */
@ExtendWith(SharedDesk.class)
class QueueViewsBrowserIT {
  private static final int DAYS_BACK = 43;

  private final DeskServer desk;
  private final ApiClient api;
  private final String mark = "zq" + UUID.randomUUID().toString().replaceAll("[^b-d]", "") + "vwk";

  QueueViewsBrowserIT(DeskServer desk) {
    this.desk = desk;
    this.api = new ApiClient(desk, Demo.API_TOKEN);
  }

  @Test
  void anAgentCountsSavesReopensAndWalksTheQueueByItsViews() {
    List<String> references = List.of(open(1), open(2));
    try (Browser thomas = new Browser(desk, "queue-views");
        Browser lucie = new Browser(desk, "queue-views-other")) {
      for (String reference : references) {
        assign(reference, Demo.THOMAS);
      }
      thomas.login(Demo.THOMAS, Demo.PASSWORD);
      thomas.open("/admin/tickets/queue.xhtml?view=mine");
      assertEquals("page", thomas.find("a[data-view='mine']").getAttribute("aria-current"));
      String rows = thomas.find("#queue\\:tickets").getText();
      references.forEach(r -> assertTrue(rows.contains(r), rows));
      assertEquals(
          Math.min(20, count(thomas, "mine")),
          thomas.all("#queue\\:tickets_data > tr[data-ri]").size(),
          "a page of 20 rows at most");

      thomas.type("#queue\\:words", mark);
      thomas.waitUntil(d -> thomas.all("#queue\\:tickets_data > tr[data-ri]").size() == 2);
      thomas.waitUntil(d -> "false".equals(attribute(thomas, "a[data-view='mine']")));
      thomas.find("#views\\:saveView").click();
      thomas.type("#saveView\\:name", "Julien " + mark);
      thomas.clickAndWait("#saveView\\:confirmSave");
      assertTrue(thomas.currentPath().contains("view=saved-"), thomas.currentPath());
      WebElement saved = thomas.find(".saved-views a[aria-current='page']");
      assertTrue(saved.getText().contains("Julien " + mark), saved.getText());
      assertTrue(saved.getText().endsWith("2"), saved.getText());
      String savedKey = saved.getAttribute("data-view");

      thomas.open("/admin/tickets/queue.xhtml");
      assertEquals("page", attribute(thomas, "a[data-view='" + savedKey + "']"));
      assertEquals(mark, thomas.find("#queue\\:words").getAttribute("value"));
      assertEquals(2, thomas.all("#queue\\:tickets_data > tr[data-ri]").size());
      thomas.screenshotAtWidth(1366, "70-queue-views");
      assertEquals(
          "folded ",
          thomas.atWidth(
              390,
              () -> {
                thomas.open("/admin/tickets/queue.xhtml");
                thomas.screenshot("70-queue-views-phone");
                return thomas.evaluate(
                    "const d = document.documentElement;"
                        + " const folded = document.querySelector('details.queue-filters').open"
                        + " ? 'open ' : 'folded ';"
                        + " if (d.scrollWidth <= d.clientWidth) return folded;"
                        + " return folded + d.scrollWidth + ' > ' + d.clientWidth + ': '"
                        + " + Array.from(document.querySelectorAll('body *'))"
                        + ".filter(e => e.getBoundingClientRect().right > d.clientWidth + 1)"
                        + ".filter(e => { for (let a = e.parentElement; a; a = a.parentElement)"
                        + " if (a !== d && a !== document.body"
                        + " && getComputedStyle(a).overflowX !== 'visible') return false;"
                        + " return true; })"
                        + ".map(e => e.tagName + '#' + e.id + '.' + e.className).join(' ')");
              }),
          "on a phone the filters fold and the page does not scroll sideways"
              + " (the views' strip and the table may)");
      thomas.open("/admin/tickets/queue.xhtml");
      thomas.assertNoSeriousA11yViolations();

      lucie.login(Demo.LUCIE, Demo.PASSWORD);
      lucie.open("/admin/tickets/queue.xhtml?view=" + savedKey);
      assertEquals("page", attribute(lucie, "a[data-view='open']"));
      assertEquals("", lucie.find("#queue\\:words").getAttribute("value"));
      assertTrue(lucie.all("a[data-view='" + savedKey + "']").isEmpty());

      thomas.find(".desk-main h1").click();
      thomas.press("j");
      thomas.waitUntil(d -> thomas.all("tr.row-current").size() == 1);
      thomas.press("j");
      thomas.press("k");
      String first = thomas.find("tr.row-current a.ref").getText();
      assertEquals(thomas.all("#queue\\:tickets_data > tr[data-ri] a.ref").get(0).getText(), first);
      thomas.press("/");
      assertEquals("queue:words", thomas.evaluate("return document.activeElement.id"));
      thomas.find(".desk-main h1").click();
      thomas.press("k");
      WebElement row = thomas.find("tr.row-current");
      thomas.press(Keys.ENTER);
      thomas.waitUntil(d -> isStale(row));
      assertTrue(thomas.currentPath().startsWith("/admin/tickets/show.xhtml?id="));
      assertEquals(first, thomas.find("#reference").getText());

      thomas.open("/admin/tickets/queue.xhtml?view=" + savedKey);
      thomas.clickConfirmAndWait(
          ".saved-views li:has(a[data-view='" + savedKey + "']) button[id$=':delete']");
      assertTrue(thomas.all("a[data-view='" + savedKey + "']").isEmpty(), "deleted");
    } finally {
      try (Browser reset = new Browser(desk, "queue-views-reset")) {
        reset.login(Demo.THOMAS, Demo.PASSWORD);
        reset.open("/admin/tickets/queue.xhtml?view=open");
      }
      references.forEach(r -> api.post("/api/tickets/" + r + "/status", "{\"status\":\"CLOSED\"}"));
    }
  }

  private static String attribute(Browser browser, String css) {
    return browser.find(css).getAttribute("aria-current");
  }

  private static int count(Browser browser, String view) {
    return Integer.parseInt(
        browser.find("a[data-view='" + view + "'] .view-count").getText().strip());
  }

  private static boolean isStale(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (org.openqa.selenium.WebDriverException replaced) {
      return true;
    }
  }

  private void assign(String reference, String agent) {
    HttpResponse<String> response =
        api.post("/api/tickets/" + reference + "/assignment", "{\"agentEmail\":\"" + agent + "\"}");
    assertTrue(response.statusCode() < 300, response.body());
  }

  /** A request of Julien's with this test's word, received {@link #DAYS_BACK} days ago. */
  private String open(int n) {
    String receivedAt =
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            OffsetDateTime.now(ZoneOffset.UTC).minusDays(DAYS_BACK).plusMinutes(n).withNano(0));
    HttpResponse<String> response =
        api.post(
            "/api/tickets",
            "{\"customerEmail\":\""
                + Demo.JULIEN
                + "\",\"subject\":\"Rappels SMS "
                + n
                + " "
                + mark
                + "\",\"body\":\"Bonjour, les rappels SMS ne partent plus. Merci.\","
                + "\"receivedAt\":\""
                + receivedAt
                + "\"}");
    assertEquals(201, response.statusCode(), response.body());
    return json(response).getString("reference");
  }
}
