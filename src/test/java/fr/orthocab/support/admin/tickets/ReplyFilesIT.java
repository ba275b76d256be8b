package fr.orthocab.support.admin.tickets;

import static fr.orthocab.support.testing.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.ApiClient;
import fr.orthocab.support.testing.Browser;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import fr.orthocab.support.testing.SharedMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An agent attaches files to a reply: a program renamed .pdf is refused by name and nothing is
 * sent, the text kept; a real PDF goes with the reply, reaches the customer's mailbox as an
 * attachment, and is on the request for the customer, and for no other customer.
 */
@ExtendWith(SharedDesk.class)
class ReplyFilesIT {
  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  private final DeskServer desk;
  private final SharedMail smtp;
  private final ApiClient api;
  private final String unique = UUID.randomUUID().toString().substring(0, 8);

  ReplyFilesIT(DeskServer desk, SharedMail smtp) {
    this.desk = desk;
    this.smtp = smtp;
    this.api = new ApiClient(desk, Demo.API_TOKEN);
  }

  @Test
  void aReplysPdfReachesTheCustomersMailboxAndOnlyTheirPortal() throws Exception {
    String reference = openTicket();
    Path dir = Files.createTempDirectory("reply-files");
    Path program = dir.resolve("compte-rendu.pdf");
    Files.write(program, new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, -1, -1});
    Path pdf = dir.resolve("Compte-rendu-seance-" + unique + ".pdf");
    Files.write(pdf, PDF);
    try (Browser lucie = new Browser(desk, "files-agent");
        Browser julien = new Browser(desk, "files-customer");
        Browser claire = new Browser(desk, "files-other-customer")) {
      lucie.login(Demo.LUCIE, Demo.PASSWORD);
      lucie.open("/admin/tickets/show.xhtml?id=" + reference.substring(3));
      lucie.type("#reply\\:text", "Bonjour Julien, voici le compte rendu.");
      lucie.find("#reply\\:files").sendKeys(program.toString());
      lucie.clickAndWait("#reply\\:send");
      assertTrue(
          lucie.text().contains("« compte-rendu.pdf » n'est pas d'un type accepté"), lucie.text());
      assertEquals(
          "Bonjour Julien, voici le compte rendu.",
          lucie.find("#reply\\:text").getAttribute("value"),
          "the text kept");

      lucie.find("#reply\\:files").sendKeys(pdf.toString());
      lucie.screenshot("70-reply-with-file");
      lucie.phoneScreenshot("70-reply-with-file");
      lucie.clickAndWait("#reply\\:send");
      assertTrue(lucie.text().contains("Réponse envoyée au client."), lucie.text());
      lucie.screenshot("71-reply-with-file-sent");
      assertTrue(
          lucie.find("#thread").getText().contains(pdf.getFileName().toString()),
          lucie.find("#thread").getText());

      MimeMessage mail = await(reference);
      MimeMultipart parts = (MimeMultipart) mail.getContent();
      BodyPart file = parts.getBodyPart(parts.getCount() - 1);
      assertEquals(Part.ATTACHMENT, file.getDisposition());
      assertEquals(pdf.getFileName().toString(), file.getFileName());
      assertArrayEquals(PDF, file.getInputStream().readAllBytes());

      julien.login(Demo.JULIEN, Demo.PASSWORD);
      julien.open("/portal/tickets/show.xhtml?id=" + reference.substring(3));
      String link =
          julien
              .find("#thread a[href*='reply-file']")
              .getAttribute("href")
              .replaceFirst("^https?://[^/]+", "");
      assertEquals(200, status(julien, link), "the customer downloads it");
      claire.login(Demo.CLAIRE, Demo.PASSWORD);
      assertEquals(404, status(claire, link), "another customer does not");
    } finally {
      api.post("/api/tickets/" + reference + "/status", "{\"status\":\"CLOSED\"}");
    }
  }

  private static long status(Browser browser, String path) {
    Object answer =
        browser.script(
            "const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => done(r.status)).catch(() => done(-1));",
            path);
    return ((Number) answer).longValue();
  }

  private MimeMessage await(String reference) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (System.nanoTime() < deadline) {
      MimeMessage found =
          Arrays.stream(smtp.receivedMessages())
              .filter(m -> about(m, reference) && multipart(m))
              .findFirst()
              .orElse(null);
      if (found != null) {
        return found;
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("Waited in vain for the reply's mail");
  }

  private static boolean about(MimeMessage mail, String reference) {
    try {
      return mail.getSubject().startsWith("[" + reference + "]")
          && mail.getRecipients(RecipientType.TO)[0].toString().equals(Demo.JULIEN);
    } catch (Exception e) {
      return false;
    }
  }

  private static boolean multipart(MimeMessage mail) {
    try {
      return mail.getContent() instanceof MimeMultipart;
    } catch (Exception e) {
      return false;
    }
  }

  /**
   * Dated 39 days back, as an import would be: out of today's quota of requests, and out of the 24
   * hours of the other tests' imports (each test class its own day).
   */
  private String openTicket() {
    String earlier =
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            OffsetDateTime.now(ZoneOffset.UTC).minusDays(39).withNano(0));
    return json(api.post(
            "/api/tickets",
            "{\"customerEmail\":\""
                + Demo.JULIEN
                + "\",\"subject\":\"Fichiers "
                + unique
                + "\",\"body\":\"Pouvez-vous m'envoyer le compte rendu ?\",\"receivedAt\":\""
                + earlier
                + "\"}"))
        .getString("reference");
  }
}
