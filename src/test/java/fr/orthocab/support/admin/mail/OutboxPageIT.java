package fr.orthocab.support.admin.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.orthocab.support.testing.ApiClient;
import fr.orthocab.support.testing.Browser;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A desk of its own, wired by its settings to an SMTP server in the test's JVM that is down at
 * first, and that gives a mail up at its first failure: the mail shows on the agents' outbox page
 * as failed, with its error; once the server is up, an agent's resend delivers it through the
 * timer.
 */
class OutboxPageIT {
  private final String unique = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void aFailedMailShowsOnTheOutboxPageAndIsDeliveredWhenResent() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Map<String, String> settings = new HashMap<>();
    settings.put("APP_MAIL_SMTP_HOST", "127.0.0.1");
    settings.put("APP_MAIL_SMTP_PORT", String.valueOf(port));
    settings.put("APP_MAIL_RETRY_GIVE_UP_HOURS", "0");
    if (System.getenv("APP_DATASOURCE_URL") == null) {
      // its own embedded database: the shared test desk holds the other one
      String dir = System.getProperty("it.data.dir", "target/it-data");
      settings.put(
          "APP_DATASOURCE_URL", "jdbc:h2:file:" + new File(dir, "mail-desk").getAbsolutePath());
    }
    DeskServer desk = new DeskServer(settings, "desk-with-mail.log");
    GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    String stranger = "inconnu." + unique + "@example.fr";
    String reference = null;
    try {
      desk.start();
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

      try (Browser lucie = new Browser(desk, "outbox-agent")) {
        lucie.login(Demo.LUCIE, Demo.PASSWORD);
        WebElement failed =
            await(
                () -> {
                  lucie.open("/admin/mail/outbox.xhtml?status=FAILED");
                  return row(lucie, stranger);
                },
                "the mail to fail");
        assertTrue(failed.getText().contains("Échec"), failed.getText());
        assertTrue(failed.getText().contains("Demande d'identification"), failed.getText());
        assertFalse(failed.findElement(By.cssSelector(".error")).getText().isBlank());
        assertEquals("1", failed.findElement(By.cssSelector(".attempts")).getText());
        lucie.screenshot("80-outbox-failed");

        smtp.start();
        String button = failed.findElement(By.cssSelector("button.resend")).getAttribute("id");
        lucie.clickAndWait("#" + button.replace(":", "\\:"));
        assertTrue(lucie.text().contains("sera envoyé à nouveau"), lucie.text());

        MimeMessage mail = await(() -> receivedBy(smtp, stranger), "the mail to arrive");
        assertTrue(mail.getSubject().startsWith("[" + reference + "] "), mail.getSubject());
        assertEquals("auto-replied", mail.getHeader("Auto-Submitted", null));
        assertEquals("support@orthocab.fr", mail.getFrom()[0].toString());

        WebElement sent =
            await(
                () -> {
                  lucie.open("/admin/mail/outbox.xhtml?status=SENT");
                  return row(lucie, stranger);
                },
                "the row to show as sent");
        assertTrue(sent.getText().contains("Envoyée"), sent.getText());
        lucie.screenshot("81-outbox-sent");
      }
      Thread.sleep(2000);
      assertEquals(
          1,
          Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m, stranger)).count(),
          "sent once");
    } finally {
      if (reference != null) {
        new ApiClient(desk, Demo.API_TOKEN)
            .post("/api/tickets/" + reference + "/status", "{\"status\":\"CLOSED\"}");
      }
      smtp.stop();
      desk.stop();
    }
  }

  private static WebElement row(Browser browser, String email) {
    List<WebElement> rows =
        browser.all("#outboxForm\\:outbox_data > tr").stream()
            .filter(r -> r.getText().contains(email))
            .toList();
    return rows.isEmpty() ? null : rows.get(0);
  }

  private static MimeMessage receivedBy(GreenMail smtp, String email) {
    return Arrays.stream(smtp.getReceivedMessages())
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
