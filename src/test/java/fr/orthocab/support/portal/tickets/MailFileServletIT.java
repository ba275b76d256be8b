package fr.orthocab.support.portal.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.account.Accounts;
import fr.orthocab.support.account.Role;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Language;
import fr.orthocab.support.mail.inbound.InboundMails;
import fr.orthocab.support.subscription.Pack;
import fr.orthocab.support.testing.Deployments;
import fr.orthocab.support.testing.OpenedTickets;
import fr.orthocab.support.testing.TestCustomers;
import fr.orthocab.support.testing.WebClient;
import fr.orthocab.support.ticket.TicketReads;
import fr.orthocab.support.ticket.Tickets;
import jakarta.inject.Inject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A customer's mailed files on their request's page and as downloads, over HTTP as their browser
 * asks: theirs only, with the download headers the agents' files have.
 */
@ExtendWith(ArquillianExtension.class)
class MailFileServletIT {
  private static final String PASSWORD = "un mot de passe de test";
  private static final String HOSTILE = "<img src=x onerror=alert(1)>.png";

  /** What a PNG begins with, then a few bytes: mailed files are kept by what their content is. */
  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 'p', 'n', 'g', '-', 'b', 'y', 't', 'e', 's'
  };

  private static final Pattern LINK = Pattern.compile("/portal/tickets/file\\?id=(\\d+)");
  private static final Pattern THUMBNAIL =
      Pattern.compile("<img src=\"[^\"]*/portal/tickets/file-thumbnail\\?id=(\\d+)\"");

  /** A lossless WebP picture of 480 by 270 pixels (made with cwebp from a gradient). */
  private static final byte[] WEBP =
      Base64.getDecoder()
          .decode(
              "UklGRpYAAABXRUJQVlA4TIoAAAAv30FDAAmASAT2N78i+p/aXwAo0v//EdH/1D4Ut20bOfsPHuTZkxMwoKG4"
                  + "bduIPd4eQBPEkLq/n7FAu8ZDlvcUvsd//O9G+I//3Qj/8b8b4T/+dyP8x/9uhP/4343wH/+7Ef7jfzfC"
                  + "f/zvRvhP9N0I/7sR/uN/N8J//O9G+I//3Qj/8b8beejwXwA=");

  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource private URL base;
  @Inject private InboundMails inboundMails;
  @Inject private Accounts accounts;
  @Inject private Tickets tickets;
  @Inject private TicketReads ticketReads;
  @Inject private TestCustomers customers;

  private final String unique = UUID.randomUUID().toString().substring(0, 8);
  private final OpenedTickets opened = new OpenedTickets();

  @AfterEach
  void closeWhatWasOpened() {
    opened.closeAll(tickets);
  }

  @Test
  void theOwnerSeesTheirFilesUnderTheirMessageAndDownloadsTheKeptOneSafely() {
    Customer claire = withAccount(Language.FR);
    long ticket = mailed(claire, PNG);
    WebClient browser = loggedIn(claire);

    String page = browser.get("/portal/tickets/show.xhtml?id=" + ticket).body();
    assertTrue(page.contains("&lt;img src=x onerror=alert(1)&gt;.png"), page);
    assertFalse(page.contains("<img src=x"), "the file name is text, never markup");
    assertTrue(page.contains("17 o"), page);
    assertTrue(page.contains("class=\"file-name\">page.html</span>"), page);
    assertTrue(page.contains("non conservé : type de fichier refusé"), page);
    Matcher link = LINK.matcher(page);
    assertTrue(link.find(), page);
    assertFalse(link.find(), "the refused file has no link");

    HttpResponse<String> file = browser.get("/portal/tickets/file?id=" + fileId(page));
    assertEquals(200, file.statusCode());
    assertTrue(file.body().endsWith("PNG\r\n\u001a\npng-bytes"), file.body());
    assertEquals("image/png", file.headers().firstValue("Content-Type").orElse(""));
    assertEquals(
        "attachment; filename=\"<img src=x onerror=alert(1)>.png\";"
            + " filename*=UTF-8''%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E.png",
        file.headers().firstValue("Content-Disposition").orElse(""));
    assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals("private, no-store", file.headers().firstValue("Cache-Control").orElse(""));

    WebClient agent = new WebClient(base);
    String lucie = "agent." + unique + "@orthocab.fr";
    accounts.openForStaff(lucie, "Lucie", Role.AGENT, PASSWORD.toCharArray());
    agent.login(lucie, PASSWORD);
    HttpResponse<String> forAgent = agent.get("/admin/tickets/attachment?id=" + fileId(page));
    assertEquals(200, forAgent.statusCode());
    for (String header : List.of("Content-Type", "Content-Disposition", "Cache-Control")) {
      assertEquals(file.headers().allValues(header), forAgent.headers().allValues(header), header);
    }
  }

  @Test
  void aMailedPictureGetsTheThumbnailAPortalUploadGetsPngAndWebpAlike() throws Exception {
    Customer claire = withAccount(Language.FR);
    long png = mailed(claire, "image/png", "capture.png", picture(900, 600));
    long webp = mailed(claire, "image/webp", "capture.webp", WEBP);
    WebClient browser = loggedIn(claire);
    WebClient agent = new WebClient(base);
    String agentEmail = "agent-thumb-" + unique + "@orthocab.fr";
    accounts.openForStaff(agentEmail, "Agent " + unique, Role.AGENT, PASSWORD.toCharArray());
    assertEquals(302, agent.login(agentEmail, PASSWORD).statusCode());

    for (long ticket : new long[] {png, webp}) {
      String page = browser.get("/portal/tickets/show.xhtml?id=" + ticket).body();
      Matcher shown = THUMBNAIL.matcher(page);
      assertTrue(shown.find(), "a thumbnail on the customer's page: " + page);
      String id = shown.group(1);
      assertEquals(fileId(page), id, "the thumbnail of the file listed");
      HttpResponse<byte[]> thumbnail = browser.getBytes("/portal/tickets/file-thumbnail?id=" + id);
      assertEquals(200, thumbnail.statusCode());
      assertEquals("image/png", thumbnail.headers().firstValue("Content-Type").orElse(""));
      BufferedImage small = ImageIO.read(new ByteArrayInputStream(thumbnail.body()));
      assertEquals(240, Math.max(small.getWidth(), small.getHeight()));

      String forAgents = agent.get("/admin/tickets/show.xhtml?id=" + ticket).body();
      assertTrue(
          forAgents.contains("/admin/tickets/attachment-thumbnail?id=" + id), "agents see it too");
      assertEquals(
          200, agent.getBytes("/admin/tickets/attachment-thumbnail?id=" + id).statusCode());
      WebClient other = loggedIn(withAccount(Language.FR));
      assertEquals(404, other.getBytes("/portal/tickets/file-thumbnail?id=" + id).statusCode());
    }
    String notPictured =
        fileId(browser.get("/portal/tickets/show.xhtml?id=" + mailed(claire, PNG)).body());
    assertEquals(
        404,
        browser.getBytes("/portal/tickets/file-thumbnail?id=" + notPictured).statusCode(),
        "a file that only begins as a PNG has no thumbnail");
  }

  private static byte[] picture(int width, int height) throws Exception {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(40, 120, 200));
    g.fillRect(0, 0, width, height);
    g.setColor(Color.WHITE);
    g.fillOval(width / 4, height / 4, width / 2, height / 2);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  @Test
  void anEnglishCustomerReadsSizesAndRefusalsInEnglish() {
    Customer julien = withAccount(Language.EN);
    long ticket = mailed(julien, new byte[2600]);

    String page = loggedIn(julien).get("/portal/tickets/show.xhtml?id=" + ticket).body();
    assertTrue(page.contains("2 KB"), page);
    assertTrue(page.contains("not kept: file type refused"), page);
  }

  @Test
  void anotherCustomerGetsNotFoundAndAnAnonymousCallerIsSentToLogIn() {
    Customer claire = withAccount(Language.FR);
    long ticket = mailed(claire, PNG);
    String id = fileId(loggedIn(claire).get("/portal/tickets/show.xhtml?id=" + ticket).body());

    WebClient other = loggedIn(withAccount(Language.FR));
    assertEquals(404, other.get("/portal/tickets/file?id=" + id).statusCode());
    assertEquals(404, other.get("/portal/tickets/file?id=" + Long.MAX_VALUE).statusCode());
    assertEquals(404, other.get("/portal/tickets/file?id=x").statusCode());
    assertEquals(404, other.get("/portal/tickets/show.xhtml?id=" + ticket).statusCode());
    assertEquals(403, other.get("/admin/tickets/attachment?id=" + id).statusCode());

    HttpResponse<String> anonymous = new WebClient(base).get("/portal/tickets/file?id=" + id);
    assertEquals(302, anonymous.statusCode());
    assertTrue(
        WebClient.location(anonymous).contains("/login.xhtml"), WebClient.location(anonymous));
  }

  private Customer withAccount(Language language) {
    LocalDate today = LocalDate.now();
    Customer customer =
        customers.subscribed(language, Pack.TELESOIN, today.minusDays(10), today.plusDays(300));
    accounts.openForCustomer(customer, PASSWORD.toCharArray());
    return customer;
  }

  private WebClient loggedIn(Customer customer) {
    WebClient client = new WebClient(base);
    assertEquals(302, client.login(customer.getEmail(), PASSWORD).statusCode());
    return client;
  }

  private static String fileId(String page) {
    Matcher link = LINK.matcher(page);
    assertTrue(link.find(), page);
    return link.group(1);
  }

  /** A request mailed in with a kept file of that content and a refused HTML page. */
  private long mailed(Customer from, byte[] kept) {
    return mailed(from, "image/png", HOSTILE, kept);
  }

  private long mailed(Customer from, String type, String name, byte[] kept) {
    String boundary = "b-" + unique;
    String text =
        "From: "
            + from.getEmail()
            + "\nTo: support@orthocab.fr\nSubject: Captures "
            + unique
            + "\nMessage-ID: <files-"
            + UUID.randomUUID()
            + "@mail.example.fr>\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\""
            + boundary
            + "\"\n\n--"
            + boundary
            + "\nContent-Type: text/plain; charset=UTF-8\n\nVoici la capture.\n"
            + attached(boundary, type, name, kept)
            + attached(
                boundary, "text/html", "page.html", "<p>x</p>".getBytes(StandardCharsets.UTF_8))
            + "--"
            + boundary
            + "--\n";
    Long ticket =
        inboundMails
            .receive(text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8))
            .ticketId();
    assertNotNull(ticket);
    opened.add(ticketReads.find(ticket).orElseThrow());
    return ticket;
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
