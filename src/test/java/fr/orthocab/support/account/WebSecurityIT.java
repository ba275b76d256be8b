package fr.orthocab.support.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import fr.orthocab.support.testing.WebClient;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Authentication, roles, isolation between customers and security headers, over HTTP. */
@ExtendWith(SharedDesk.class)
class WebSecurityIT {
  private static final Pattern PORTAL_TICKET_LINK =
      Pattern.compile("/portal/tickets/show\\.xhtml\\?id=(\\d+)");

  private final DeskServer desk;

  WebSecurityIT(DeskServer desk) {
    this.desk = desk;
  }

  @Test
  void pagesNeedALoginAndTheLoginPageIsFrenchByDefault() {
    WebClient anonymous = new WebClient(desk);
    HttpResponse<String> portal = anonymous.get("/portal/tickets/list.xhtml");
    assertEquals(302, portal.statusCode());
    assertTrue(WebClient.location(portal).startsWith("/login.xhtml"));

    HttpResponse<String> admin = anonymous.get("/admin/tickets/queue.xhtml");
    assertEquals(302, admin.statusCode());

    HttpResponse<String> login = anonymous.get("/login.xhtml");
    assertTrue(login.body().contains("Mot de passe"), login.body());
    assertTrue(login.body().contains("lang=\"fr\""));
  }

  @Test
  void everyResponseCarriesSecurityHeaders() {
    HttpResponse<String> login = new WebClient(desk).get("/login.xhtml");
    assertEquals("nosniff", login.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals("DENY", login.headers().firstValue("X-Frame-Options").orElse(""));
    assertTrue(login.headers().firstValue("Referrer-Policy").isPresent());
    var policies = login.headers().allValues("Content-Security-Policy");
    assertTrue(
        policies.stream().anyMatch(p -> p.contains("frame-ancestors 'none'")), policies.toString());
    assertTrue(policies.stream().anyMatch(p -> p.contains("nonce-")), policies.toString());
    assertFalse(login.headers().firstValue("X-Powered-By").isPresent());
  }

  @Test
  void theSessionIdChangesAtLogin() {
    WebClient client = new WebClient(desk);
    client.get("/login.xhtml");
    String before = client.sessionId().orElseThrow();
    HttpResponse<String> loggedIn = client.login(Demo.CLAIRE, Demo.PASSWORD);
    assertEquals(302, loggedIn.statusCode(), loggedIn.body());
    assertNotEquals(before, client.sessionId().orElseThrow());
  }

  @Test
  void aPageAskedForBeforeLoggingInIsTheOneShownAfter() {
    WebClient claire = new WebClient(desk);
    HttpResponse<String> asked = claire.get("/portal/faq.xhtml?q=agenda");
    assertEquals(302, asked.statusCode());
    assertEquals("/login.xhtml", WebClient.location(asked));

    HttpResponse<String> loggedIn = claire.login(Demo.CLAIRE, Demo.PASSWORD);
    assertEquals(302, loggedIn.statusCode(), loggedIn.body());
    assertEquals("/portal/faq.xhtml?q=agenda", WebClient.location(loggedIn));

    HttpResponse<String> julien = new WebClient(desk).login(Demo.JULIEN, Demo.PASSWORD);
    assertTrue(WebClient.location(julien).startsWith("/portal/"), WebClient.location(julien));
  }

  @Test
  void aCustomerCannotOpenAnotherCustomersTicket() {
    WebClient claire = new WebClient(desk);
    claire.login(Demo.CLAIRE, Demo.PASSWORD);
    HttpResponse<String> mine = claire.open("/portal/tickets/list.xhtml");
    Matcher link = PORTAL_TICKET_LINK.matcher(mine.body());
    assertTrue(link.find(), "Claire has demo tickets");
    String ticketId = link.group(1);
    HttpResponse<String> own = claire.get("/portal/tickets/show.xhtml?id=" + ticketId);
    assertEquals(200, own.statusCode());

    WebClient julien = new WebClient(desk);
    julien.login(Demo.JULIEN, Demo.PASSWORD);
    HttpResponse<String> other = julien.get("/portal/tickets/show.xhtml?id=" + ticketId);

    assertEquals(404, other.statusCode());
    assertTrue(other.body().contains("Page introuvable"), other.body());
    assertFalse(other.body().contains("Claire"), "nothing of Claire's ticket shows");
    assertFalse(julien.open("/portal/tickets/list.xhtml").body().contains("id=" + ticketId + "\""));
  }

  @Test
  void malformedOrUnknownTicketIdsAreNotFound() {
    WebClient claire = new WebClient(desk);
    claire.login(Demo.CLAIRE, Demo.PASSWORD);
    for (String id : new String[] {"abc", "12a", "-1", "999999999", "", "1%27%20or%201=1"}) {
      HttpResponse<String> page = claire.get("/portal/tickets/show.xhtml?id=" + id);
      assertEquals(404, page.statusCode(), "id=" + id);
      assertFalse(page.body().contains("at fr.orthocab"), "no stack trace for id=" + id);
    }
    WebClient lucie = new WebClient(desk);
    lucie.login(Demo.LUCIE, Demo.PASSWORD);
    assertEquals(404, lucie.get("/admin/tickets/show.xhtml?id=x").statusCode());
  }

  @Test
  void customersDoNotReachTheAgentsScreensAndAgentsDoNotReachThePortal() {
    WebClient claire = new WebClient(desk);
    claire.login(Demo.CLAIRE, Demo.PASSWORD);
    HttpResponse<String> admin = claire.get("/admin/tickets/queue.xhtml");
    assertEquals(403, admin.statusCode());
    assertTrue(admin.body().contains("Accès refusé"));

    WebClient nadia = new WebClient(desk);
    nadia.login(Demo.NADIA, Demo.PASSWORD);
    assertEquals(200, nadia.get("/admin/tickets/queue.xhtml").statusCode());
    assertEquals(403, nadia.get("/portal/tickets/list.xhtml").statusCode());
  }

  @Test
  void fiftyWrongPasswordsFromOnePlaceDoNotKeepTheOwnerOutFromTheirs() {
    WebClient attacker = new WebClient(desk).from("203.0.113.50");
    HttpResponse<String> refused = attacker.login(Demo.SOPHIE, "wrong-password");
    assertEquals(200, refused.statusCode());
    String message = "Adresse email ou mot de passe incorrect.";
    assertTrue(refused.body().contains(message), refused.body());
    for (int i = 0; i < 49; i++) {
      attacker.login(Demo.SOPHIE, "wrong-password");
    }
    HttpResponse<String> throttled = attacker.login(Demo.SOPHIE, Demo.PASSWORD);
    assertTrue(
        throttled.body().contains(message),
        "from the attacker's address even the right password is refused, with the same words");
    HttpResponse<String> unknown = attacker.login("personne@example.fr", "wrong-password");
    assertTrue(unknown.body().contains(message), "an unknown address is told the same");

    WebClient owner = new WebClient(desk).from("198.51.100.7");
    HttpResponse<String> in = owner.login(Demo.SOPHIE, Demo.PASSWORD);
    assertEquals(302, in.statusCode(), "the owner logs in from their own address at once");
  }

  @Test
  void logoutEndsTheSession() {
    WebClient claire = new WebClient(desk);
    claire.login(Demo.CLAIRE, Demo.PASSWORD);
    HttpResponse<String> list = claire.open("/portal/tickets/list.xhtml");
    HttpResponse<String> out =
        claire.submit("/portal/tickets/list.xhtml", list, "header", Map.of("header:logout", ""));
    assertEquals(302, out.statusCode());
    assertTrue(WebClient.location(out).startsWith("/login.xhtml?loggedOut=true"));
    assertTrue(claire.open(WebClient.location(out)).body().contains("Vous êtes déconnecté"));
    assertEquals(302, claire.get("/portal/tickets/list.xhtml").statusCode());
  }

  @Test
  void aFormPostedWithoutItsViewStateIsRefusedWithoutAStackTrace() {
    WebClient client = new WebClient(desk);
    client.get("/login.xhtml");
    HttpResponse<String> forged =
        client.post(
            "/login.xhtml",
            Map.of(
                "login",
                "login",
                "login:email",
                Demo.CLAIRE,
                "login:password",
                Demo.PASSWORD,
                "login:submit",
                ""));
    assertNotEquals(302, forged.statusCode(), "no login without the form's view state");
    assertFalse(forged.body().contains("at org."), forged.body());
    assertFalse(client.open("/portal/tickets/list.xhtml").body().contains("Mes demandes"));
  }

  @Test
  void readinessReportsTheDatabaseAndItsMigrations() {
    HttpResponse<String> ready = new WebClient(desk).get("/health/ready");
    assertEquals(200, ready.statusCode());
    assertTrue(ready.body().contains("\"migrations-applied\":\"true\""), ready.body());
    assertTrue(ready.body().contains("\"reachable\":\"true\""), ready.body());
  }
}
