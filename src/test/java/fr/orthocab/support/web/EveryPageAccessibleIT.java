package fr.orthocab.support.web;

import static fr.orthocab.support.testing.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.ApiClient;
import fr.orthocab.support.testing.Browser;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import fr.orthocab.support.testing.SharedMail;
import fr.orthocab.support.testing.Webhook;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.openqa.selenium.Keys;

/**
 * Every page of the desk, as the person who sees it (anonymous, customer, agent, supervisor), meets
 * WCAG 2.2 AA as axe-core checks it (no serious or critical violation), error messages shown too;
 * on a 390 px phone nothing scrolls sideways, and on the portal the buttons are 44 px high and the
 * lists of requests are cards. A customer sends a new request with the keyboard alone. Each page is
 * photographed at the desktop's and the phone's widths (target/screenshots, "95-").
 *
 * <p>The agents' request is a fresh customer's, received 66 days back as an import would be: out of
 * today's quotas and the other tests' days.
 */
@ExtendWith(SharedDesk.class)
class EveryPageAccessibleIT {
  private static final int DAYS_BACK = 66;
  private static final Pattern INVITATION =
      Pattern.compile("/invitation\\.xhtml\\?token=[A-Za-z0-9_-]+");
  private static final String PASSWORD = "Accessible à tous 2026";

  /** What a phone's width breaks: sideways scroll; on the portal, small buttons and tables. */
  private static final String PHONE_PROBLEMS =
      "const portal = arguments[0], problems = [], w = window.innerWidth;"
          + "const page = document.documentElement;"
          + "if (page.scrollWidth > w) problems.push('scrolls sideways (' + page.scrollWidth + ' > '"
          + " + w + '): ' + [...document.querySelectorAll('body *')].filter(e =>"
          + " e.getBoundingClientRect().right > w + 1).slice(0, 3).map(e => e.tagName + '#' + e.id"
          + " + '.' + e.className).join(' | '));"
          + "if (portal) {"
          + " for (const b of document.querySelectorAll('.desk-main .ui-button, .desk-main button,"
          + " .desk-main input[type=submit]')) {"
          + "  const r = b.getBoundingClientRect();"
          + "  if (r.height > 0 && r.height < 44) problems.push('button of ' + Math.round(r.height)"
          + " + ' px: ' + (b.id || b.textContent.trim()));"
          + " }"
          + " for (const t of document.querySelectorAll('.desk-main .ui-datatable')) {"
          + "  const th = t.querySelector('thead th');"
          + "  const td = t.querySelector('tbody td[role=gridcell]');"
          + "  if ((th && th.getBoundingClientRect().height > 0)"
          + "   || (td && getComputedStyle(td).display !== 'block'))"
          + "   problems.push('a table, not cards: ' + t.id);"
          + " }"
          + "}"
          + "return problems.join('\\n');";

  private final DeskServer desk;
  private final SharedMail mail;
  private final ApiClient api;
  private final String unique = UUID.randomUUID().toString().substring(0, 6);
  private final List<Executable> failures = new ArrayList<>();

  EveryPageAccessibleIT(DeskServer desk, SharedMail mail) {
    this.desk = desk;
    this.mail = mail;
    this.api = new ApiClient(desk, Demo.API_TOKEN);
  }

  @Test
  void anonymousPagesAndTheCustomersPortalPassAxeAndFitAPhone() {
    String email = "clavier." + unique + "@example.fr";
    HttpResponse<String> customer =
        new Webhook(desk).signed(Webhook.event("evt_a11y_" + unique, email, "Clavier", "Inès"));
    assertEquals(200, customer.statusCode(), customer.body());
    String invitation = mail.linkMailedTo(email, 1, INVITATION);
    String reference = null;
    try (Browser anyone = new Browser(desk, "a11y-anonymous")) {
      check(anyone, "/login.xhtml", "login", true);
      anyone.type("#login\\:email", email);
      anyone.type("#login\\:password", "pas le bon");
      anyone.clickAndWait("#login\\:submit");
      check(anyone, null, "login-refused", true);
      check(anyone, "/index.xhtml", "index", true);
      check(anyone, "/password/forgot.xhtml", "password-forgot", true);
      check(anyone, "/password/choose.xhtml?token=inconnu-" + unique, "password-choose", true);
      check(anyone, "/confirm-identity.xhtml?token=inconnu-" + unique, "confirm-identity", true);
      check(anyone, "/satisfaction.xhtml?token=inconnu-" + unique, "satisfaction", true);
      check(anyone, "/introuvable-" + unique + ".xhtml", "error-404", true);
      check(anyone, invitation, "invitation", true);
      anyone.type("#invitation\\:password", "court");
      anyone.type("#invitation\\:confirmation", "court");
      anyone.clickAndWait("#invitation\\:submit");
      assertTrue(anyone.text().contains("au moins 12 caractères"), anyone.text());
      check(anyone, null, "invitation-refused", true);
      anyone.type("#invitation\\:password", PASSWORD);
      anyone.type("#invitation\\:confirmation", PASSWORD);
      anyone.clickAndWait("#invitation\\:submit");
      check(anyone, null, "invitation-accepted", true);
    }
    try (Browser ines = new Browser(desk, "a11y-customer")) {
      ines.login(email, PASSWORD);
      check(ines, "/portal/tickets/new.xhtml", "portal-new", true);
      ines.clickAndWait("#request\\:submit");
      check(ines, null, "portal-new-refused", true);

      reference = sendWithTheKeyboardAlone(ines);
      check(ines, null, "portal-show", true);
      check(ines, "/portal/tickets/list.xhtml", "portal-list", true);
      assertTrue(ines.textOf("#mine").contains(reference), ines.textOf("#mine"));
      check(ines, "/portal/faq.xhtml", "portal-faq", true);
      check(ines, "/portal/policy.xhtml", "portal-policy", true);
      check(ines, "/portal/preferences.xhtml", "portal-preferences", true);
      check(ines, "/account/password.xhtml", "account-password-customer", true);
      assertAll(failures);
    } finally {
      if (reference != null) {
        api.post("/api/tickets/" + reference + "/status", "{\"status\":\"CLOSED\"}");
      }
    }
  }

  @Test
  void theAgentsPagesPassAxeAndDoNotScrollSidewaysOnAPhone() {
    String reference = openRequest();
    // given to Lucie by the API's token, so that her notifications page has an unread one
    // (the request arrived days ago: the desk's sweeps may mark its clock meanwhile, 409, again)
    HttpResponse<String> given = null;
    for (int attempt = 0; attempt < 5 && (given == null || given.statusCode() == 409); attempt++) {
      given =
          api.post(
              "/api/tickets/" + reference + "/assignment",
              "{\"agentEmail\":\"" + Demo.LUCIE + "\"}");
    }
    assertEquals(200, given.statusCode(), given.body());
    try (Browser lucie = new Browser(desk, "a11y-agent")) {
      lucie.login(Demo.LUCIE, Demo.PASSWORD);
      // before the ticket's page, which reads its notification
      check(lucie, "/admin/notifications/list.xhtml", "admin-notifications", false);
      assertTrue(
          !lucie.all("button[id$='markRead']").isEmpty(),
          "an unread notification with its button was checked: " + lucie.text());
      check(lucie, "/admin/tickets/queue.xhtml", "admin-queue", false);
      check(lucie, "/admin/tickets/show.xhtml?id=" + reference.substring(3), "admin-show", false);
      lucie.clickAndWait("#customerLink");
      check(lucie, null, "admin-customer", false);
      check(lucie, "/admin/customers/list.xhtml", "admin-customers", false);
      check(lucie, "/admin/dashboard.xhtml", "admin-dashboard", false);
      check(lucie, "/admin/search.xhtml?q=Clavier", "admin-search", false);
      check(lucie, "/admin/faq/articles.xhtml", "admin-faq", false);
      check(lucie, "/admin/faq/edit.xhtml", "admin-faq-edit", false);
      check(lucie, "/admin/answers/list.xhtml", "admin-answers", false);
      check(lucie, "/admin/answers/edit.xhtml", "admin-answer-edit", false);
      check(lucie, "/admin/mail/inbox.xhtml", "admin-inbox", false);
      check(lucie, "/admin/mail/outbox.xhtml", "admin-outbox", false);
      check(lucie, "/account/password.xhtml", "account-password-agent", false);
      assertAll(failures);
    } finally {
      api.post("/api/tickets/" + reference + "/status", "{\"status\":\"CLOSED\"}");
    }
  }

  @Test
  void theSupervisorsPagesPassAxeAndDoNotScrollSidewaysOnAPhone() {
    try (Browser nadia = new Browser(desk, "a11y-supervisor")) {
      nadia.login(Demo.NADIA, Demo.PASSWORD);
      check(nadia, "/admin/held/list.xhtml", "admin-held", false);
      check(nadia, "/admin/reports/sla.xhtml", "admin-report", false);
      check(nadia, "/admin/audit/list.xhtml", "admin-audit", false);
      check(nadia, "/admin/billing/deliveries.xhtml", "admin-billing", false);
      check(nadia, "/admin/staff/list.xhtml", "admin-staff", false);
      nadia.clickAndWait("#invite\\:submit");
      check(nadia, null, "admin-staff-refused", false);
      check(nadia, "/admin/tokens/list.xhtml", "admin-tokens", false);
      check(nadia, "/admin/policy/versions.xhtml", "admin-policy", false);
      check(nadia, "/admin/sla/settings.xhtml", "admin-sla", false);
      assertAll(failures);
    }
  }

  /**
   * From the top of the new request's page: Tab reaches the skip link first, Enter on it skips the
   * menu, then Tab, arrows, typing and Enter fill and send the form; answers the new reference.
   */
  private String sendWithTheKeyboardAlone(Browser ines) {
    ines.open("/portal/tickets/new.xhtml");
    ines.press(Keys.TAB);
    assertEquals("skip-link", ines.evaluate("return document.activeElement.className;"));
    assertEquals(
        true,
        ines.evaluate("return document.activeElement.getBoundingClientRect().top >= 0;"),
        "the skip link shows when it has the focus");
    ines.screenshot("95-skip-link");
    ines.press(Keys.ENTER);
    assertEquals("content", ines.evaluate("return document.activeElement.id;"), "skipped to main");
    tabTo(ines, "request:category");
    ines.press(Keys.ARROW_DOWN);
    String category = ines.find("#request\\:category_label").getText();
    assertTrue(!category.isBlank() && !category.startsWith("Choisi"), category);
    tabTo(ines, "request:subject");
    assertEquals(
        "solid 3px",
        ines.evaluate(
            "const s = getComputedStyle(document.activeElement);"
                + " return s.outlineStyle + ' ' + s.outlineWidth;"),
        "a visible focus ring");
    ines.press("Clavier seul " + unique);
    tabTo(ines, "request:description");
    ines.press("Bonjour, j'écris sans souris : tout se fait au clavier.");
    tabTo(ines, "request:submit");
    ines.press(Keys.ENTER);
    ines.waitUntil(d -> ines.currentPath().startsWith("/portal/tickets/show.xhtml"));
    String page = ines.textOf("main");
    assertTrue(page.contains("Clavier seul " + unique), page);
    return "OC-" + ines.currentPath().replaceFirst(".*id=", "");
  }

  /** Presses Tab until the focus is in the element of that id. */
  private static void tabTo(Browser browser, String id) {
    for (int presses = 0; presses < 40; presses++) {
      if (Boolean.TRUE.equals(
          browser.evaluate(
              "return !!document.activeElement.closest('[id=\"' + arguments[0] + '\"]');", id))) {
        return;
      }
      browser.press(Keys.TAB);
    }
    throw new AssertionError("Tab never reached " + id);
  }

  /**
   * Opens the page (or takes the one on show when path is null), photographs it, runs axe and the
   * phone's checks; what fails is kept for the end, so that one run lists every page's faults.
   */
  private void check(Browser browser, String path, String step, boolean portal) {
    if (path != null) {
      browser.open(path);
    }
    browser.find("main");
    String page = browser.currentPath();
    browser.screenshot("95-" + step);
    browser.phoneScreenshot("95-" + step);
    try {
      browser.assertNoSeriousA11yViolations();
    } catch (AssertionError violations) {
      failures.add(
          () -> {
            throw violations;
          });
    }
    String problems = (String) browser.atWidth(390, () -> browser.evaluate(PHONE_PROBLEMS, portal));
    if (!problems.isEmpty()) {
      failures.add(
          () -> {
            throw new AssertionError(page + " on a phone:\n" + problems);
          });
    }
  }

  private String openRequest() {
    String email = "agents." + unique + "@example.fr";
    HttpResponse<String> customer =
        new Webhook(desk).signed(Webhook.event("evt_a11y_agents_" + unique, email, "Page", "Léa"));
    assertEquals(200, customer.statusCode(), customer.body());
    HttpResponse<String> created =
        api.post(
            "/api/tickets",
            "{\"customerEmail\":\""
                + email
                + "\",\"subject\":\"Clavier "
                + unique
                + "\",\"body\":\"Les rappels de rendez-vous ne partent plus.\",\"receivedAt\":\""
                + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                    OffsetDateTime.now(ZoneOffset.UTC).minusDays(DAYS_BACK).withNano(0))
                + "\"}");
    assertEquals(201, created.statusCode(), created.body());
    return json(created).getString("reference");
  }
}
