package fr.orthocab.support.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import fr.orthocab.support.testing.WebClient;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The desk's edge over HTTP: security headers on the answers the container writes itself, and one
 * Content-Security-Policy without inline scripts or eval.
 */
@ExtendWith(SharedDesk.class)
class WebEdgeIT {
  private final DeskServer desk;

  WebEdgeIT(DeskServer desk) {
    this.desk = desk;
  }

  @Test
  void theContainersOwn403And404CarryTheSecurityHeaders() {
    WebClient claire = new WebClient(desk);
    claire.login(Demo.CLAIRE, Demo.PASSWORD);
    HttpResponse<String> forbidden = claire.get("/admin/tickets/queue.xhtml");
    assertEquals(403, forbidden.statusCode());
    assertSecurityHeaders(forbidden);
    assertTrue(forbidden.body().contains("Accès refusé"), forbidden.body());

    HttpResponse<String> templates = new WebClient(desk).get("/WEB-INF/web.xml");
    assertTrue(templates.statusCode() == 403 || templates.statusCode() == 404);
    assertSecurityHeaders(templates);

    HttpResponse<String> missing = new WebClient(desk).get("/no-such-file.txt");
    assertEquals(404, missing.statusCode());
    assertSecurityHeaders(missing);
  }

  @Test
  void onePolicyAllowsNeitherInlineScriptsNorEval() {
    HttpResponse<String> login = new WebClient(desk).get("/login.xhtml");
    List<String> policies = login.headers().allValues("Content-Security-Policy");
    assertEquals(1, policies.size(), policies.toString());
    String scripts = directive(policies.get(0), "script-src");
    assertTrue(scripts.matches("script-src 'self' 'nonce-[A-Za-z0-9+/=]+'"), scripts);
    assertTrue(login.body().contains("nonce=\""), "PrimeFaces gives its scripts the nonce");

    HttpResponse<String> api = new WebClient(desk).get("/api/tickets");
    String apiScripts =
        directive(api.headers().firstValue("Content-Security-Policy").orElseThrow(), "script-src");
    assertEquals("script-src 'self'", apiScripts);
  }

  private static void assertSecurityHeaders(HttpResponse<String> response) {
    String where = response.uri() + " " + response.statusCode();
    assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""), where);
    assertEquals(
        "nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), where);
    assertTrue(
        response.headers().allValues("Content-Security-Policy").stream()
            .anyMatch(p -> p.contains("frame-ancestors 'none'")),
        where + " " + response.headers().map());
  }

  private static String directive(String policy, String name) {
    for (String directive : policy.split(";")) {
      if (directive.strip().startsWith(name + " ")) {
        return directive.strip();
      }
    }
    throw new AssertionError("No " + name + " in " + policy);
  }
}
