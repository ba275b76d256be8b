package fr.orthocab.support.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import fr.orthocab.support.testing.WebClient;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Posts Faces cannot take (a forged view state, no CSP nonce, an expired view) are the browser's
 * fault: a whole 400 page that says what to do, and no SEVERE stack trace in the desk's log.
 */
@ExtendWith(SharedDesk.class)
class FacesErrorsIT {
  private final DeskServer desk;

  FacesErrorsIT(DeskServer desk) {
    this.desk = desk;
  }

  @Test
  void aForgedStatelessViewStateIsRefusedWithAWholePage() {
    HttpResponse<String> page =
        refusedAndLogged(
            "/login.xhtml: FORGED_VIEW_STATE",
            () -> new WebClient(desk).get("/login.xhtml?jakarta.faces.ViewState=stateless"));

    assertEquals(400, page.statusCode(), page.body());
    assertTrue(page.body().contains("Formulaire non pris en compte"), page.body());
    assertTrue(page.body().contains("</html>"), "a whole page, not a cut one");
  }

  @Test
  void aLoginPostWithoutTheCspNonceIsRefusedWithAWholePage() {
    WebClient client = new WebClient(desk);
    HttpResponse<String> form = client.get("/login.xhtml");
    HttpResponse<String> page =
        refusedAndLogged(
            "/login.xhtml: BAD_CSP_NONCE",
            () ->
                client.post(
                    "/login.xhtml",
                    Map.of(
                        "login", "login",
                        "login:email", Demo.JULIEN,
                        "login:password", "not-the-password",
                        "login:submit", "",
                        "jakarta.faces.ViewState", WebClient.viewState(form))));

    assertEquals(400, page.statusCode(), page.body());
    assertTrue(page.body().contains("Formulaire non pris en compte"), page.body());
    assertTrue(page.body().contains("</html>"), "a whole page, not a cut one");
  }

  @Test
  void anExpiredPageSaysSoWith400() {
    HttpResponse<String> form = new WebClient(desk).get("/login.xhtml");
    WebClient otherSession = new WebClient(desk);
    HttpResponse<String> page =
        refusedAndLogged(
            "/login.xhtml: VIEW_EXPIRED",
            () ->
                otherSession.submit(
                    "/login.xhtml",
                    form,
                    "login",
                    Map.of(
                        "login:email", Demo.JULIEN,
                        "login:password", Demo.PASSWORD,
                        "login:submit", "")));

    assertEquals(400, page.statusCode(), page.body());
    assertTrue(page.body().contains("Page expirée"), page.body());
    assertTrue(page.body().contains("Rechargez-la puis recommencez"), page.body());
  }

  @Test
  void theRefusalPageWorksAsAPageOfItsOwn() {
    WebClient client = new WebClient(desk);
    HttpResponse<String> refused = client.get("/login.xhtml?jakarta.faces.ViewState=stateless");
    assertTrue(
        refused.body().contains("PrimeFaces.csp.init('"),
        "the error page has a CSP nonce of its own: " + refused.body());
    assertTrue(
        refused.headers().allValues("Content-Security-Policy").stream()
            .anyMatch(p -> p.contains("'nonce-")),
        refused.headers().toString());
  }

  /**
   * Sends the request and waits for the desk's line about the refusal; nothing between the mark and
   * that line is SEVERE or a stack trace.
   */
  private HttpResponse<String> refusedAndLogged(
      String expectedLine, Supplier<HttpResponse<String>> request) {
    int mark = desk.log().length();
    HttpResponse<String> response = request.get();
    String logged = awaitLogLine(mark, "Refused a post to " + expectedLine);
    assertFalse(logged.contains("SEVERE"), logged);
    assertFalse(logged.contains("\tat "), "no stack trace: " + logged);
    return response;
  }

  private String awaitLogLine(int mark, String line) {
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (true) {
      String since = desk.log().substring(mark);
      int at = since.indexOf(line);
      if (at >= 0) {
        return since.substring(0, at + line.length());
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("The desk did not log \"" + line + "\". It logged:\n" + since);
      }
      pause();
    }
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
