package fr.orthocab.support.mail.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.ApiClient;
import fr.orthocab.support.testing.Browser;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import fr.orthocab.support.testing.SharedMail;
import fr.orthocab.support.testing.Webhook;
import jakarta.json.JsonObject;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Pictures a customer mails (a PNG, a WebP) show as the desk's thumbnails under their message, on
 * their request's page and on the agents' one, as pictures sent from the portal do.
 */
@ExtendWith(SharedDesk.class)
class MailedPicturesBrowserIT {
  private static final Pattern INVITATION =
      Pattern.compile("/invitation\\.xhtml\\?token=[A-Za-z0-9_-]+");
  private static final String PASSWORD = "un mot de passe de test " + "assez long";

  private final DeskServer desk;
  private final SharedMail mail;
  private final String unique = UUID.randomUUID().toString().substring(0, 8);

  MailedPicturesBrowserIT(DeskServer desk, SharedMail mail) {
    this.desk = desk;
    this.mail = mail;
  }

  @Test
  void mailedPicturesShowAsThumbnailsToTheCustomerAndTheAgents() throws Exception {
    // a fresh customer, created as billing creates them: no demo customer's quota used
    String email = "images." + unique + "@example.fr";
    HttpResponse<String> created =
        new Webhook(desk).signed(Webhook.event("evt_pictures_" + unique, email, "Images", "Inès"));
    assertEquals(200, created.statusCode(), created.body());
    send(email);
    ApiClient api = new ApiClient(desk, Demo.API_TOKEN);
    String reference = awaitTicket(api, email);
    String id = reference.substring("OC-".length());

    try (Browser ines = new Browser(desk, "mailed-pictures-customer")) {
      ines.open(mail.linkMailedTo(email, 1, INVITATION));
      ines.type("#invitation\\:password", PASSWORD);
      ines.type("#invitation\\:confirmation", PASSWORD);
      ines.clickAndWait("#invitation\\:submit");
      ines.login(email, PASSWORD);
      ines.open("/portal/tickets/show.xhtml?id=" + id);
      List<WebElement> thumbnails = ines.all(".mail-files img.thumbnail");
      assertEquals(2, thumbnails.size(), ines.text());
      for (WebElement thumbnail : thumbnails) {
        assertTrue(loaded(ines, thumbnail), thumbnail.getAttribute("src"));
      }
      String files = ines.find(".mail-files").getText();
      assertTrue(files.contains("capture.png") && files.contains("photo.webp"), files);
      ines.evaluate("document.querySelector('.mail-files').scrollIntoView()");
      ines.assertNoSeriousA11yViolations();
      ines.screenshot("92-mailed-pictures");
      ines.phoneScreenshot("92-mailed-pictures");
    } finally {
      api.post("/api/tickets/" + reference + "/status", "{\"status\":\"CLOSED\"}");
    }

    try (Browser lucie = new Browser(desk, "mailed-pictures-agent")) {
      lucie.login(Demo.LUCIE, Demo.PASSWORD);
      lucie.open("/admin/tickets/show.xhtml?id=" + id);
      lucie.find("#mails summary").click();
      List<WebElement> thumbnails =
          lucie.all("img.thumbnail").stream()
              .filter(i -> i.getAttribute("src").contains("/admin/tickets/attachment-thumbnail"))
              .toList();
      assertEquals(2, thumbnails.size(), lucie.text());
      for (WebElement thumbnail : thumbnails) {
        assertTrue(loaded(lucie, thumbnail), thumbnail.getAttribute("src"));
      }
      WebElement list = thumbnails.get(0).findElement(By.xpath("ancestor::ul[1]"));
      lucie.evaluate("arguments[0].scrollIntoView({block: 'center'})", list);
      lucie.screenshot("92-mailed-pictures-agent");
      lucie.phoneScreenshot("92-mailed-pictures-agent");
    }
  }

  /** Whether the browser could draw the picture (a broken image has no natural width). */
  private static boolean loaded(Browser browser, WebElement image) {
    return browser.waitUntil(
        d ->
            Boolean.TRUE.equals(
                    browser.evaluate(
                        "return arguments[0].complete && arguments[0].naturalWidth > 0", image))
                ? Boolean.TRUE
                : null);
  }

  private static String awaitTicket(ApiClient api, String email) throws InterruptedException {
    long until = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < until) {
      List<JsonObject> found =
          ApiClient.json(api.get("/api/tickets?customerEmail=" + email + "&size=10"))
              .getJsonArray("items")
              .getValuesAs(JsonObject.class);
      if (!found.isEmpty()) {
        return found.get(0).getString("reference");
      }
      Thread.sleep(500);
    }
    throw new AssertionError("no request from " + email + " within a minute");
  }

  private void send(String from) throws IOException {
    String boundary = "b-" + unique;
    String text =
        "From: "
            + from
            + "\nTo: "
            + SharedMail.SUPPORT
            + "\nSubject: Captures de l'agenda "
            + unique
            + "\nMessage-ID: <pictures-"
            + unique
            + "@example.fr>\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\""
            + boundary
            + "\"\n\n--"
            + boundary
            + "\nContent-Type: text/plain; charset=UTF-8\n\nBonjour, voici deux captures.\n"
            + attached(boundary, "image/png", "capture.png", picture())
            + attached(boundary, "image/webp", "photo.webp", webp())
            + "--"
            + boundary
            + "--\n";
    Properties properties = new Properties();
    properties.put("mail.smtp.host", mail.host());
    properties.put("mail.smtp.port", String.valueOf(mail.smtpPort()));
    Session session = Session.getInstance(properties);
    try (Transport transport = session.getTransport("smtp")) {
      MimeMessage message =
          new MimeMessage(
              session,
              new ByteArrayInputStream(
                  text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
      transport.connect();
      transport.sendMessage(message, message.getAllRecipients());
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] picture() throws IOException {
    BufferedImage image = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(31, 111, 139));
    g.fillRect(0, 0, 1200, 800);
    g.setColor(Color.WHITE);
    g.fillRect(100, 100, 1000, 120);
    g.fillOval(400, 300, 400, 400);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  /** A lossy WebP of 480 by 270 pixels, made with cwebp from a gradient. */
  private static byte[] webp() throws IOException {
    try (InputStream in =
        MailedPicturesBrowserIT.class.getResourceAsStream(
            "/fr/orthocab/support/attachment/photo.webp")) {
      return in.readAllBytes();
    }
  }

  private static String attached(String boundary, String type, String name, byte[] content) {
    return "--"
        + boundary
        + "\nContent-Type: "
        + type
        + "\nContent-Disposition: attachment; filename=\""
        + name
        + "\"\nContent-Transfer-Encoding: base64\n\n"
        + Base64.getMimeEncoder().encodeToString(content).replace("\r\n", "\n")
        + "\n";
  }
}
