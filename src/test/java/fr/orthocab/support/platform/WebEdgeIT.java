package fr.orthocab.support.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.ApiClient;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.RawHttp;
import fr.orthocab.support.testing.SharedDesk;
import fr.orthocab.support.testing.WebClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The desk's edge over HTTP: redirects that ignore the caller's Host header, security headers on
 * the answers the container writes itself, one Content-Security-Policy without inline scripts or
 * eval, and metrics kept from anonymous callers.
 */
@ExtendWith(SharedDesk.class)
class WebEdgeIT {
  private final DeskServer desk;

  WebEdgeIT(DeskServer desk) {
    this.desk = desk;
  }

  @Test
  void theDesksRedirectsGoToTheConfiguredAddressWhateverTheHostHeaderSays() {
    // "/" sends an anonymous caller to the login page from the home page's view action
    Map<String, String> answer = rawGet("/", "evil.example");
    String location = answer.getOrDefault("location", "");
    assertEquals("302", answer.get("status"), answer.toString());
    assertEquals(desk.url("/login.xhtml"), location);
  }

  @Test
  void theLoginAskedForAProtectedPageGoesToTheConfiguredAddressToo() {
    Map<String, String> answer = rawGet("/portal/tickets/list.xhtml", "evil.example");
    assertEquals("302", answer.get("status"), answer.toString());
    assertEquals(desk.url("/login.xhtml"), answer.getOrDefault("location", ""));
  }

  @Test
  void theDesksOwnRedirectsToo() {
    WebClient claire = new WebClient(desk);
    claire.login(Demo.CLAIRE, Demo.PASSWORD);
    HttpResponse<String> login = claire.get("/login.xhtml");
    assertEquals(302, login.statusCode(), "someone logged in is sent home");
    assertEquals(
        desk.url("/portal/tickets/list.xhtml"),
        login.headers().firstValue("Location").orElseThrow());
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

    // without a token, as a browser would ask: the 401 answer is held to the API's document
    HttpResponse<String> api = new ApiClient(desk, null).malformed().get("/api/tickets");
    String apiScripts =
        directive(api.headers().firstValue("Content-Security-Policy").orElseThrow(), "script-src");
    assertEquals("script-src 'self'", apiScripts);
  }

  @Test
  void metricsAreForASupervisorsTokenOnly() throws Exception {
    HttpResponse<String> anonymous = new WebClient(desk).get("/metrics");
    assertEquals(401, anonymous.statusCode(), anonymous.body());
    assertFalse(anonymous.body().contains("# TYPE"), anonymous.body());
    assertEquals(401, metrics("Bearer not-a-token").statusCode());

    HttpResponse<String> scraped = metrics("Bearer " + Demo.API_TOKEN);
    assertEquals(200, scraped.statusCode(), scraped.body());
    assertTrue(scraped.body().contains("jvm_memory_used_bytes{area=\"heap\"}"), scraped.body());
  }

  private HttpResponse<String> metrics(String authorization) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(desk.url("/metrics")))
                .header("Authorization", authorization)
                .build(),
            HttpResponse.BodyHandlers.ofString());
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

  /** A GET with a Host header of the caller's choosing. */
  private Map<String, String> rawGet(String path, String host) {
    return RawHttp.send(desk, "GET " + path + " HTTP/1.1\r\nHost: " + host, new byte[0]);
  }
}
