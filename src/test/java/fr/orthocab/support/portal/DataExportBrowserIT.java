package fr.orthocab.support.portal;

import static fr.orthocab.support.testing.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.ApiClient;
import fr.orthocab.support.testing.Browser;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import fr.orthocab.support.testing.WebClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Mes données": the customer downloads a ZIP of their own data from the portal, and only theirs
 * whatever the request asks; a supervisor who opened a request and the customer's page finds both
 * among "Consultations de ses données", exports the customer's data from there, and lists their own
 * reads from the staff page. Julien's request is received 81 days back (this test's day).
 */
@ExtendWith(SharedDesk.class)
class DataExportBrowserIT {
  private final DeskServer desk;
  private final ApiClient api;
  private final String unique = UUID.randomUUID().toString().substring(0, 8);

  DataExportBrowserIT(DeskServer desk) {
    this.desk = desk;
    this.api = new ApiClient(desk, Demo.API_TOKEN);
  }

  @Test
  void theCustomerDownloadsTheirOwnDataAndTheSupervisorSeesWhoReadIt() throws Exception {
    String reference = openJuliensRequest();

    try (Browser julien = new Browser(desk, "data-export")) {
      julien.login(Demo.JULIEN, Demo.PASSWORD);
      julien.clickAndWait("#navData");
      assertTrue(julien.text().contains("Télécharger mes données"), julien.text());
      julien.assertNoSeriousA11yViolations();
      julien.screenshot("95-mes-donnees");
      julien.phoneScreenshot("95-mes-donnees");

      String href =
          String.valueOf(julien.evaluate("return document.getElementById('download').href"));
      assertTrue(href.endsWith("/portal/data/export"), href);
      Object fetched =
          julien.evaluate(
              "return fetch(arguments[0]).then(r => r.arrayBuffer().then(b => {"
                  + " let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x));"
                  + " return r.headers.get('Content-Type') + ' ' + btoa(s); }))",
              href);
      String[] typeAndZip = String.valueOf(fetched).split(" ", 2);
      assertEquals("application/zip", typeAndZip[0]);
      JsonObject document = documentOf(Base64.getDecoder().decode(typeAndZip[1]));
      assertEquals(Demo.JULIEN, document.getJsonObject("profile").getString("email"));
      assertTrue(document.toString().contains(reference), "the request made for this test");
    }

    WebClient asJulien = new WebClient(desk);
    asJulien.login(Demo.JULIEN, Demo.PASSWORD);
    HttpClient session = sessionOf(asJulien.sessionId().orElseThrow());
    for (String asked : new String[] {"", "?id=1", "?customerId=2&id=3"}) {
      HttpResponse<byte[]> zip = fetch("/portal/data/export" + asked, session);
      assertEquals(200, zip.statusCode(), asked + " " + zip.headers().map());
      JsonObject document = documentOf(zip.body());
      assertEquals(Demo.JULIEN, document.getJsonObject("profile").getString("email"), asked);
      assertFalse(document.toString().contains(Demo.CLAIRE), asked);
    }
    assertEquals(404, fetch("/portal/data/export/2", session).statusCode());
    HttpResponse<byte[]> anonymous = fetch("/portal/data/export", HttpClient.newHttpClient());
    assertNotEquals(200, anonymous.statusCode());
    assertFalse(
        anonymous.headers().firstValue("Content-Type").orElse("").startsWith("application/zip"));

    try (Browser nadia = new Browser(desk, "data-export-supervisor")) {
      nadia.login(Demo.NADIA, Demo.PASSWORD);
      nadia.open("/admin/tickets/show.xhtml?id=" + reference.substring(3));
      nadia.clickAndWait("#customerLink");
      String customerPage = nadia.currentPath();
      assertTrue(nadia.text().contains("Consultations de ses données"), nadia.text());
      String reads = nadia.textOf("#reads");
      assertTrue(reads.contains("Nadia Lefèvre"), reads);
      assertTrue(reads.contains("Demande ouverte"), reads);
      assertTrue(reads.contains("Page du client ouverte"), reads);
      assertTrue(reads.contains(reference), reads);
      nadia.assertNoSeriousA11yViolations();
      nadia.evaluate("document.getElementById('reads').scrollIntoView()");
      nadia.screenshot("95-consultations-client");
      nadia.phoneScreenshot("95-consultations-client");

      nadia.open("/admin/staff/list.xhtml");
      nadia.assertNoSeriousA11yViolations();
      nadia.find("a.reads-link[href*='id=']");
      String ownRow =
          String.valueOf(
              nadia.evaluate(
                  "return [...document.querySelectorAll('tr')].find(r =>"
                      + " r.textContent.includes(arguments[0])).querySelector('a.reads-link').href",
                  Demo.NADIA));
      nadia.open(ownRow.substring(ownRow.indexOf("/admin/")));
      String listed = nadia.textOf("#reads");
      assertTrue(listed.contains(reference), listed);
      assertTrue(listed.contains("Demande ouverte"), listed);
      nadia.assertNoSeriousA11yViolations();
      nadia.screenshot("95-consultations-agent");
      nadia.phoneScreenshot("95-consultations-agent");

      WebClient asNadia = new WebClient(desk);
      asNadia.login(Demo.NADIA, Demo.PASSWORD);
      HttpResponse<String> page = asNadia.get(customerPage);
      assertEquals(200, page.statusCode());
      HttpResponse<String> download =
          asNadia.submit(customerPage, page, "export", Map.of("export:download", ""));
      assertEquals(200, download.statusCode());
      assertTrue(
          download.headers().firstValue("Content-Type").orElse("").startsWith("application/zip"),
          download.headers().map().toString());
      nadia.open(customerPage);
      assertTrue(nadia.textOf("#reads").contains("Données exportées"), nadia.textOf("#reads"));
      assertTrue(nadia.textOf("#audit").contains("Données exportées"), nadia.textOf("#audit"));
    }
  }

  /**
   * A client that carries the session's cookies as a browser does, the session version cookie the
   * desk sets along the way included.
   */
  private HttpClient sessionOf(String sessionId) {
    CookieManager jar = new CookieManager();
    HttpCookie cookie = new HttpCookie("JSESSIONID", sessionId);
    cookie.setPath("/");
    cookie.setVersion(0);
    jar.getCookieStore().add(URI.create(desk.url("/")), cookie);
    return HttpClient.newBuilder().cookieHandler(jar).build();
  }

  private HttpResponse<byte[]> fetch(String path, HttpClient http)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(desk.url(path))).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static JsonObject documentOf(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new HashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    }
    return Json.createReader(
            new StringReader(new String(entries.get("customer.json"), StandardCharsets.UTF_8)))
        .readObject();
  }

  /** Dated 81 days back, out of the other tests' 24-hour quota windows. */
  private String openJuliensRequest() {
    String earlier =
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            OffsetDateTime.now(ZoneOffset.UTC).minusDays(81).withNano(0));
    return json(api.post(
            "/api/tickets",
            "{\"customerEmail\":\""
                + Demo.JULIEN
                + "\",\"subject\":\"Export de mes données "
                + unique
                + "\",\"body\":\"Je voudrais une copie de mes données.\",\"receivedAt\":\""
                + earlier
                + "\"}"))
        .getString("reference");
  }
}
