package fr.orthocab.support.portal.tickets;

import static fr.orthocab.support.testing.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.ApiClient;
import fr.orthocab.support.testing.Browser;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A customer attaches a PNG and a PDF to a new request (picked) and a JPEG (picked) and a text file
 * (dropped) to a comment; an SVG, a web page renamed .png and a 20 MiB file are refused, each named
 * with its reason, the rest kept. The customer and the agent see thumbnails made by the desk (never
 * the image itself inline); the agent downloads the PDF; another customer finds none of it.
 */
@ExtendWith(SharedDesk.class)
class PortalFilesBrowserIT {
  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  private final DeskServer desk;
  private final ApiClient api;
  private final String unique = UUID.randomUUID().toString().substring(0, 8);

  PortalFilesBrowserIT(DeskServer desk) {
    this.desk = desk;
    this.api = new ApiClient(desk, Demo.API_TOKEN);
  }

  @Test
  void aCustomersFilesAreCheckedByContentShownAsThumbnailsAndDownloadedByTheAgent()
      throws IOException {
    Path dir = Files.createTempDirectory("portal-files");
    Path png = image(dir.resolve("capture-agenda.png"), "png", 1366, 768);
    Path pdf = Files.write(dir.resolve("compte-rendu.pdf"), PDF);
    Path svg =
        Files.writeString(
            dir.resolve("logo.svg"),
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
    Path page =
        Files.writeString(
            dir.resolve("faux.png"), "<!DOCTYPE html><html><body>Bonjour</body></html>");
    Path big = dir.resolve("video.pdf");
    byte[] twenty = new byte[20 * 1024 * 1024];
    System.arraycopy(PDF, 0, twenty, 0, PDF.length);
    Files.write(big, twenty);
    Path jpeg = image(dir.resolve("photo-ecran.jpg"), "jpg", 1080, 1920);
    String commented = openTicket();
    String requestPath;
    try (Browser julien = new Browser(desk, "portal-files-customer");
        Browser claire = new Browser(desk, "portal-files-other");
        Browser lucie = new Browser(desk, "portal-files-agent")) {
      julien.login(Demo.JULIEN, Demo.PASSWORD);
      julien.open("/portal/tickets/new.xhtml");
      assertTrue(julien.text().contains("vous pouvez joindre des fichiers"), "the portal says so");
      String hint = julien.find("#requestHint").getText();
      assertTrue(hint.contains("PNG, JPEG") && hint.contains("jusqu'à 10 Mo par fichier"), hint);
      julien.choose("request:category", "Signalement d'un bug");
      julien.type("#request\\:subject", "Agenda vide " + unique);
      julien.type(
          "#request\\:description", "Mon agenda est vide depuis ce matin, voici une capture.");
      Path extra = Files.write(dir.resolve("en-trop.pdf"), PDF);
      julien
          .find("#request\\:files")
          .sendKeys(
              String.join(
                  "\n",
                  List.of(png, pdf, svg, page, big, extra).stream().map(Path::toString).toList()));
      julien.waitUntil(d -> julien.all(".chosen-files li").size() == 6);
      String chosen = julien.find(".chosen-files").getText();
      assertTrue(
          chosen.contains("capture-agenda.png") && chosen.contains("trop volumineux"), chosen);
      julien.find(".chosen-files li:nth-child(6) .remove-file").click();
      julien.waitUntil(d -> julien.all(".chosen-files li").size() == 5);
      assertTrue(!julien.find(".chosen-files").getText().contains("en-trop.pdf"), "removed");
      julien.screenshot("files-01-new-request");
      julien.phoneScreenshot("files-01-new-request");
      julien.assertNoSeriousA11yViolations();
      julien.clickAndWait("#request\\:submit");

      requestPath = julien.currentPath();
      assertTrue(requestPath.startsWith("/portal/tickets/show.xhtml"), julien.text());
      String said = julien.text();
      assertTrue(said.contains("2 fichiers joints."), said);
      assertTrue(said.contains("« logo.svg » n'a pas été joint : son contenu"), said);
      assertTrue(said.contains("« faux.png » n'a pas été joint : son contenu"), said);
      assertTrue(said.contains("« video.pdf » est trop volumineux (plus de 10 Mo)"), said);
      String thread = julien.find("#thread").getText();
      assertTrue(thread.contains("capture-agenda.png") && thread.contains("compte-rendu.pdf"));
      assertTrue(!thread.contains("logo.svg") && !thread.contains("faux.png"), thread);
      assertEquals(1, julien.all("#thread img.thumbnail").size(), "the PNG's thumbnail");
      assertThumbnailsDrawn(julien);
      String thumbnail = path(julien.find("#thread img.thumbnail").getAttribute("src"));
      Map<String, Object> served = fetch(julien, thumbnail);
      assertEquals(200L, served.get("status"));
      assertEquals("image/png", served.get("type"));
      assertEquals("nosniff", served.get("nosniff"));
      assertTrue(
          String.valueOf(served.get("disposition")).startsWith("inline;"), served.toString());
      String original =
          path(
              julien
                  .find("#thread li.pictured a[download]:not(.thumbnail-link)")
                  .getAttribute("href"));
      Map<String, Object> download = fetch(julien, original);
      assertTrue(
          String.valueOf(download.get("disposition")).startsWith("attachment;"),
          "the image itself is only downloaded: " + download);
      julien.screenshot("files-02-request-sent");
      julien.phoneScreenshot("files-02-request-sent");
      // axe on the page as it says "sent", then as it is reopened
      julien.assertNoSeriousA11yViolations();
      julien.open(requestPath);
      assertThumbnailsDrawn(julien);
      julien.assertNoSeriousA11yViolations();

      julien.open("/portal/tickets/show.xhtml?id=" + commented.substring(3));
      julien.type("#comment\\:text", "Et la même chose sur mon téléphone.");
      julien.find("#comment\\:files").sendKeys(jpeg.toString());
      julien.waitUntil(d -> julien.all("#comment .chosen-files li").size() == 1);
      julien.evaluate(
          "const files = new DataTransfer();"
              + "files.items.add(new File(['Notes de séance'], 'notes.txt', {type: 'text/plain'}));"
              + "document.querySelector('#comment [data-drop-zone]').dispatchEvent("
              + "new DragEvent('drop', {dataTransfer: files, bubbles: true, cancelable: true}));");
      julien.waitUntil(d -> julien.all("#comment .chosen-files li").size() == 2);
      julien.screenshot("files-03-comment");
      julien.phoneScreenshot("files-03-comment");
      julien.assertNoSeriousA11yViolations();
      julien.clickAndWait("#comment\\:send");
      assertTrue(julien.text().contains("2 fichiers joints."), julien.text());
      assertTrue(julien.find("#thread").getText().contains("photo-ecran.jpg"));
      assertTrue(julien.find("#thread").getText().contains("notes.txt"), "the file dropped");
      assertEquals(1, julien.all("#thread img.thumbnail").size(), "the JPEG's thumbnail");
      assertThumbnailsDrawn(julien);

      claire.login(Demo.CLAIRE, Demo.PASSWORD);
      assertEquals(404L, fetch(claire, thumbnail).get("status"), "another customer's thumbnail");
      assertEquals(404L, fetch(claire, original).get("status"), "another customer's file");

      lucie.login(Demo.LUCIE, Demo.PASSWORD);
      lucie.open("/admin/tickets/show.xhtml?id=" + requestPath.replaceAll(".*id=", ""));
      assertEquals(1, lucie.all("#thread img.thumbnail").size(), lucie.find("#thread").getText());
      assertThumbnailsDrawn(lucie);
      List<String> names =
          lucie.all("#thread .message-files a[download]:not(.thumbnail-link)").stream()
              .map(a -> a.getText())
              .toList();
      assertEquals(List.of("capture-agenda.png", "compte-rendu.pdf"), names);
      String pdfHref =
          path(
              lucie
                  .all("#thread .message-files a[download]:not(.thumbnail-link)")
                  .get(1)
                  .getAttribute("href"));
      Map<String, Object> pdfServed = fetch(lucie, pdfHref);
      assertEquals(200L, pdfServed.get("status"));
      assertEquals("application/pdf", pdfServed.get("type"));
      assertEquals((long) PDF.length, pdfServed.get("length"), "the PDF downloaded whole");
      assertTrue(String.valueOf(pdfServed.get("disposition")).startsWith("attachment;"));
      lucie.screenshot("files-04-agent-thread");
      lucie.phoneScreenshot("files-04-agent-thread");
      lucie.assertNoSeriousA11yViolations();
      lucie.open("/admin/tickets/show.xhtml?id=" + commented.substring(3));
      assertEquals(1, lucie.all("#thread img.thumbnail").size(), "the comment's JPEG");
      assertThumbnailsDrawn(lucie);
    } finally {
      api.post("/api/tickets/" + commented + "/status", "{\"status\":\"CLOSED\"}");
    }
  }

  private static void assertThumbnailsDrawn(Browser browser) {
    browser.waitUntil(
        d ->
            (Boolean)
                browser.evaluate(
                    "return Array.from(document.querySelectorAll('#thread img.thumbnail'))"
                        + ".every(i => i.complete && i.naturalWidth > 0 && i.naturalWidth <= 240"
                        + " && i.naturalHeight <= 240);"));
  }

  private String path(String url) {
    return url.replaceFirst("^https?://[^/]+", "");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> fetch(Browser browser, String path) {
    return (Map<String, Object>)
        browser.script(
            "const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done({status: r.status,"
                + " type: r.headers.get('Content-Type'), disposition:"
                + " r.headers.get('Content-Disposition'), nosniff:"
                + " r.headers.get('X-Content-Type-Options'), length: b.byteLength})))"
                + ".catch(e => done({status: -1}));",
            path);
  }

  private static Path image(Path file, String format, int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(new Color(0x1f6f8b));
    g.fillRect(0, 0, width, height / 8);
    g.setColor(new Color(0xb3261e));
    g.fillOval(width / 3, height / 3, width / 3, height / 3);
    g.dispose();
    ImageIO.write(image, format, file.toFile());
    return file;
  }

  /** Dated 63 days back, out of the other tests' 24-hour quota windows. */
  private String openTicket() {
    String earlier =
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            OffsetDateTime.now(ZoneOffset.UTC).minusDays(63).withNano(0));
    return json(api.post(
            "/api/tickets",
            "{\"customerEmail\":\""
                + Demo.JULIEN
                + "\",\"subject\":\"Agenda sur téléphone "
                + unique
                + "\",\"body\":\"L'agenda ne s'affiche pas sur mon téléphone.\",\"receivedAt\":\""
                + earlier
                + "\"}"))
        .getString("reference");
  }
}
