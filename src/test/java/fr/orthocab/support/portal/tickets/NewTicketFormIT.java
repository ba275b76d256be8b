package fr.orthocab.support.portal.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import fr.orthocab.support.testing.WebClient;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the new request form does with input a browser would not send: refused, in French. */
@ExtendWith(SharedDesk.class)
class NewTicketFormIT {
  private final DeskServer desk;

  NewTicketFormIT(DeskServer desk) {
    this.desk = desk;
  }

  private HttpResponse<String> post(
      WebClient client, String category, String subject, String text) {
    HttpResponse<String> form = client.open("/portal/tickets/new.xhtml");
    return client.submit(
        "/portal/tickets/new.xhtml",
        form,
        "request",
        Map.of(
            "request:category_input", category,
            "request:subject", subject,
            "request:description", text,
            "request:submit", ""));
  }

  @Test
  void unknownCategoriesAndOverLongFieldsAreRefusedWithFrenchMessages() {
    WebClient julien = new WebClient(desk);
    julien.login(Demo.JULIEN, Demo.PASSWORD);
    int before = countRequests(julien);

    HttpResponse<String> unknown =
        post(julien, "DROP_TABLE", "Sujet correct", "Une description assez longue.");
    assertEquals(200, unknown.statusCode());
    assertTrue(unknown.body().contains("Catégorie : choisissez une valeur"), unknown.body());

    HttpResponse<String> tooLong =
        post(julien, "BUG", "x".repeat(201), "Une description assez longue.");
    assertTrue(
        tooLong.body().contains("Objet : la taille doit être comprise entre 3 et 200"),
        tooLong.body());

    HttpResponse<String> tooShort = post(julien, "BUG", "Sujet correct", "court");
    assertTrue(tooShort.body().contains("Description : la taille doit être comprise entre 10"));

    assertEquals(before, countRequests(julien), "nothing was created");
  }

  @Test
  void markupInARequestIsShownAsTextNeverRun() {
    WebClient julien = new WebClient(desk);
    julien.login(Demo.JULIEN, Demo.PASSWORD);
    HttpResponse<String> sent =
        post(julien, "OTHER", "<script>alert(1)</script>", "<img src=x onerror=alert(2)> bonjour");
    assertEquals(302, sent.statusCode(), sent.body());
    HttpResponse<String> page = julien.open(WebClient.location(sent));
    assertTrue(page.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), page.body());
    assertTrue(page.body().contains("&lt;img src=x onerror=alert(2)&gt; bonjour"));
    assertFalse(page.body().contains("<script>alert(1)"));
  }

  private int countRequests(WebClient client) {
    String body = client.open("/portal/tickets/list.xhtml").body();
    return body.split("/portal/tickets/show\\.xhtml\\?id=", -1).length - 1;
  }
}
