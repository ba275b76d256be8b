package fr.orthocab.support.admin.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.ApiClient;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import fr.orthocab.support.testing.SharedMail;
import fr.orthocab.support.testing.WebClient;
import fr.orthocab.support.testing.Webhook;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shared desk, wired by its settings to an SMTP server in the test's JVM ({@link SharedMail})
 * that this test takes down for a while, and that gives a mail up at its first failure: the mail
 * shows on the agents' outbox page as failed, with its error; once the server is up, an agent's
 * resend delivers it through the timer.
 */
@ExtendWith(SharedDesk.class)
class OutboxPageIT {
  private static final Pattern RESEND = Pattern.compile("id=\"(outboxForm:outbox:\\d+:resend)\"");
  private final String unique = UUID.randomUUID().toString().substring(0, 8);

  private static final Pattern CUSTOMER_LINK =
      Pattern.compile("/admin/customers/show\\.xhtml\\?id=(\\d+)");
  private final DeskServer desk;
  private final SharedMail smtp;

  OutboxPageIT(DeskServer desk, SharedMail smtp) {
    this.desk = desk;
    this.smtp = smtp;
  }

  @Test
  void aFailedMailShowsOnTheOutboxPageAndIsDeliveredWhenResent() throws Exception {
    // down before the request is written: its mail fails at the desk's first attempt
    smtp.stopSmtp();
    String stranger = "inconnu." + unique + "@example.fr";
    String reference = null;
    try {
      ApiClient api = new ApiClient(desk, Demo.API_TOKEN);
      HttpResponse<String> created =
          api.post(
              "/api/tickets",
              "{\"customerEmail\":\""
                  + stranger
                  + "\",\"subject\":\"Mot de passe\",\"body\":\"Bonjour, je n'arrive plus à me"
                  + " connecter.\",\"category\":\"USAGE\"}");
      assertEquals(201, created.statusCode(), created.body());
      reference = ApiClient.json(created).getString("reference");

      WebClient lucie = new WebClient(desk);
      lucie.login(Demo.LUCIE, Demo.PASSWORD);
      String failedPage = "/admin/mail/outbox.xhtml?status=FAILED";
      String failed = await(() -> row(lucie.open(failedPage).body(), stranger), "the mail to fail");
      assertTrue(failed.contains("status-FAILED"), failed);
      assertTrue(failed.contains("topic-IDENTIFICATION_REQUEST"), failed);
      assertTrue(failed.contains("<span class=\"attempts\">1</span>"), failed);
      assertFalse(failed.contains("<span class=\"error\"></span>"), "the error is shown");

      smtp.startSmtp();
      HttpResponse<String> page = lucie.open(failedPage);
      Matcher button = RESEND.matcher(row(page.body(), stranger));
      assertTrue(button.find(), page.body());
      HttpResponse<String> resent =
          lucie.submit(failedPage, page, "outboxForm", Map.of(button.group(1), ""));
      assertEquals(302, resent.statusCode(), resent.body());
      String after = lucie.open(WebClient.location(resent)).body();
      assertTrue(after.contains("sera envoy"), after);

      MimeMessage mail = await(() -> receivedBy(smtp, stranger), "the mail to arrive");
      assertTrue(mail.getSubject().startsWith("[" + reference + "] "), mail.getSubject());
      assertEquals("auto-replied", mail.getHeader("Auto-Submitted", null));
      assertEquals("support@orthocab.fr", mail.getFrom()[0].toString());

      String sent =
          await(
              () -> row(lucie.open("/admin/mail/outbox.xhtml?status=SENT").body(), stranger),
              "the row to show as sent");
      assertTrue(sent.contains("status-SENT"), sent);
      Thread.sleep(2000);
      assertEquals(
          1,
          Arrays.stream(smtp.receivedMessages()).filter(m -> to(m, stranger)).count(),
          "sent once");
    } finally {
      if (reference != null) {
        new ApiClient(desk, Demo.API_TOKEN)
            .post("/api/tickets/" + reference + "/status", "{\"status\":\"CLOSED\"}");
      }
      // up again for the tests that follow, whatever happened here
      smtp.startSmtp();
    }
  }

  @Test
  void aCustomerSetToLinksOnlyByAnAgentGetsTheReplyAsALinkWithoutItsContent() throws Exception {
    String email = "liens." + unique + "@example.fr";
    HttpResponse<String> renewed =
        new Webhook(desk).signed(Webhook.event("evt_links_" + unique, email, "Lien", "Léa"));
    assertEquals(200, renewed.statusCode(), renewed.body());
    ApiClient api = new ApiClient(desk, Demo.API_TOKEN);
    HttpResponse<String> created =
        api.post(
            "/api/tickets",
            "{\"customerEmail\":\""
                + email
                + "\",\"subject\":\"Bilan de Léo\",\"body\":\"Le bilan ne s'exporte pas.\","
                + "\"category\":\"BUG\"}");
    assertEquals(201, created.statusCode(), created.body());
    String reference = ApiClient.json(created).getString("reference");
    String ticketId = reference.substring("OC-".length());
    // up before the reply is written: this desk gives a mail up at its first failure
    smtp.startSmtp();
    try {
      WebClient lucie = new WebClient(desk);
      lucie.login(Demo.LUCIE, Demo.PASSWORD);
      Matcher customer =
          CUSTOMER_LINK.matcher(lucie.open("/admin/tickets/show.xhtml?id=" + ticketId).body());
      assertTrue(customer.find(), "the ticket links to its customer");
      String customerPage = "/admin/customers/show.xhtml?id=" + customer.group(1);
      HttpResponse<String> page = lucie.open(customerPage);
      HttpResponse<String> saved =
          lucie.submit(
              customerPage,
              page,
              "mail",
              Map.of("mail:choice_input", "LINKS", "mail:saveMail", ""));
      assertEquals(302, saved.statusCode(), saved.body());
      assertTrue(
          lucie.open(customerPage).body().contains("value=\"LINKS\" selected"),
          "the choice is kept");

      HttpResponse<String> replied =
          api.post(
              "/api/tickets/" + reference + "/messages",
              "{\"author\":\"AGENT\",\"agentEmail\":\""
                  + Demo.LUCIE
                  + "\",\"visibility\":\"PUBLIC\",\"body\":\"Le bilan orthophonique de Léo est"
                  + " en pièce jointe.\"}");
      assertEquals(201, replied.statusCode(), replied.body());

      MimeMessage reply =
          await(
              () ->
                  Arrays.stream(smtp.receivedMessages())
                      .filter(m -> to(m, email))
                      .filter(m -> subject(m).contains("Réponse"))
                      .findFirst()
                      .orElse(null),
              "the reply's mail");
      assertEquals("[" + reference + "] Réponse de l'équipe support", reply.getSubject());
      String body = (String) reply.getContent();
      assertFalse(body.contains("bilan") || body.contains("Léo"), body);
      assertTrue(body.contains(desk.url("/portal/tickets/show.xhtml?id=" + ticketId)), body);
      assertTrue(body.contains(reference), body);
    } finally {
      api.post("/api/tickets/" + reference + "/status", "{\"status\":\"CLOSED\"}");
    }
  }

  private static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The HTML of the outbox table's row about that address, or null. */
  private static String row(String page, String email) {
    int table = page.indexOf("outboxForm:outbox_data");
    if (table < 0) {
      return null;
    }
    for (String row : page.substring(table).split("<tr")) {
      if (row.contains(email)) {
        return row;
      }
    }
    return null;
  }

  private static MimeMessage receivedBy(SharedMail smtp, String email) {
    return Arrays.stream(smtp.receivedMessages())
        .filter(m -> to(m, email))
        .findFirst()
        .orElse(null);
  }

  private static boolean to(MimeMessage mail, String email) {
    try {
      return mail.getRecipients(RecipientType.TO)[0].toString().equals(email);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** What the supplier gives once it gives something, within 90 s (sweeps run every 20 s). */
  private static <T> T await(Supplier<T> what, String waitingFor) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (System.nanoTime() < deadline) {
      T found = what.get();
      if (found != null) {
        return found;
      }
      Thread.sleep(2000);
    }
    throw new AssertionError("Waited in vain for " + waitingFor);
  }
}
