package fr.orthocab.support.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Static resources as a browser fetches them: compressed when it accepts gzip (the listener's
 * compression, server-config), kept a year under a versioned address (PrimeFaces' and the desk's
 * own), asked again each time under an address without one.
 */
@ExtendWith(SharedDesk.class)
class StaticResourcesIT {
  private static final Pattern DESK_CSS =
      Pattern.compile(
          "href=\"(/jakarta\\.faces\\.resource/css/desk\\.css\\.xhtml\\?v=[0-9a-f]+)\"");

  private final DeskServer desk;
  // HTTP/1.1 as browsers speak it to a desk on http (no h2c upgrade)
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  StaticResourcesIT(DeskServer desk) {
    this.desk = desk;
  }

  private HttpResponse<byte[]> get(String path, String acceptEncoding) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(desk.url(path)));
    if (acceptEncoding != null) {
      request.header("Accept-Encoding", acceptEncoding);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void primeFacesScriptsAreCompressedAndKeptAYear() throws Exception {
    String jquery = "/jakarta.faces.resource/jquery/jquery.js.xhtml?ln=primefaces&v=15.0.13";
    HttpResponse<byte[]> plain = get(jquery, null);
    HttpResponse<byte[]> gzipped = get(jquery, "gzip, deflate, br");
    assertEquals(200, gzipped.statusCode());
    assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse("none"));
    assertTrue(
        gzipped.body().length * 2 < plain.body().length,
        gzipped.body().length + " bytes compressed, " + plain.body().length + " plain");
    assertEquals(
        StaticResourceCaching.VERSIONED, gzipped.headers().firstValue("Cache-Control").orElse(""));
  }

  @Test
  void theDesksStylesheetHasAVersionedAddressKeptAYear() throws Exception {
    String login = new String(get("/login.xhtml", null).body(), "UTF-8");
    Matcher css = DESK_CSS.matcher(login);
    assertTrue(css.find(), "the desk's stylesheet carries a version: " + login);
    HttpResponse<byte[]> stylesheet = get(css.group(1).replace("&amp;", "&"), "gzip");
    assertEquals(200, stylesheet.statusCode());
    assertEquals("gzip", stylesheet.headers().firstValue("Content-Encoding").orElse("none"));
    assertEquals(
        StaticResourceCaching.VERSIONED,
        stylesheet.headers().firstValue("Cache-Control").orElse(""));
  }

  @Test
  void aResourceWithoutAVersionIsAskedAgainEachTime() throws Exception {
    HttpResponse<byte[]> unversioned = get("/jakarta.faces.resource/css/desk.css.xhtml", null);
    assertEquals(200, unversioned.statusCode());
    assertEquals(
        StaticResourceCaching.UNVERSIONED,
        unversioned.headers().firstValue("Cache-Control").orElse(""));
    assertTrue(unversioned.headers().firstValue("Expires").isEmpty());
  }

  @Test
  void pagesAreCompressedToo() throws Exception {
    HttpResponse<byte[]> login = get("/login.xhtml", "gzip");
    assertEquals("gzip", login.headers().firstValue("Content-Encoding").orElse("none"));
  }
}
