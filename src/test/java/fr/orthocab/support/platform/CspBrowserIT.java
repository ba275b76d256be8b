package fr.orthocab.support.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.Browser;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every screen runs under the desk's one policy (scripts from the desk or with the page's nonce, no
 * eval): PrimeFaces starts on each, and Chromium reports no script it refused.
 */
@ExtendWith(SharedDesk.class)
class CspBrowserIT {
  private static final List<String> AGENT_SCREENS =
      List.of(
          "/admin/dashboard.xhtml",
          "/admin/tickets/queue.xhtml",
          "/admin/faq/articles.xhtml",
          "/admin/faq/edit.xhtml",
          "/admin/held/list.xhtml",
          "/admin/mail/inbox.xhtml",
          "/admin/mail/outbox.xhtml",
          "/admin/policy/versions.xhtml",
          "/admin/reports/sla.xhtml",
          "/admin/sla/settings.xhtml",
          "/admin/tokens/list.xhtml",
          "/admin/billing/deliveries.xhtml");
  private static final List<String> PORTAL_SCREENS =
      List.of(
          "/portal/tickets/list.xhtml",
          "/portal/tickets/new.xhtml",
          "/portal/faq.xhtml",
          "/portal/policy.xhtml");

  private final DeskServer desk;

  CspBrowserIT(DeskServer desk) {
    this.desk = desk;
  }

  @Test
  void everyAgentScreenRunsWithoutARefusedScript() {
    try (Browser nadia = new Browser(desk, "csp-nadia")) {
      nadia.login(Demo.NADIA, Demo.PASSWORD);
      List<String> screens = new ArrayList<>(AGENT_SCREENS);
      screens.add(firstLink(nadia, "/admin/tickets/queue.xhtml", "/admin/tickets/show.xhtml"));
      assertAllRun(nadia, screens);
    }
  }

  @Test
  void everyPortalScreenRunsWithoutARefusedScript() {
    try (Browser claire = new Browser(desk, "csp-claire")) {
      claire.login(Demo.CLAIRE, Demo.PASSWORD);
      List<String> screens = new ArrayList<>(PORTAL_SCREENS);
      screens.add(firstLink(claire, "/portal/tickets/list.xhtml", "/portal/tickets/show.xhtml"));
      assertAllRun(claire, screens);
    }
  }

  private void assertAllRun(Browser browser, List<String> screens) {
    List<String> refused = new ArrayList<>();
    for (String screen : screens) {
      browser.open(screen);
      assertEquals(screen, browser.currentPath(), "the screen opened");
      Object started =
          browser.script(
              "const done = arguments[arguments.length - 1];"
                  + " const ready = () => window.PrimeFaces && PrimeFaces.csp && document.readyState"
                  + " === 'complete';"
                  + " const wait = (n) => ready() ? done(true) : n === 0 ? done(false)"
                  + " : setTimeout(() => wait(n - 1), 100); wait(100);");
      assertEquals(Boolean.TRUE, started, "PrimeFaces runs on " + screen);
      browser.consoleErrors().stream()
          .filter(e -> e.contains("Content Security Policy") || e.contains("Refused to"))
          .forEach(e -> refused.add(screen + ": " + e));
    }
    assertTrue(refused.isEmpty(), String.join("\n", refused));
  }

  private static String firstLink(Browser browser, String list, String prefix) {
    browser.open(list);
    return browser.all("a[href*='" + prefix + "']").stream()
        .map(a -> a.getAttribute("href"))
        .map(href -> href.substring(href.indexOf(prefix)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + prefix + " link on " + list));
  }
}
