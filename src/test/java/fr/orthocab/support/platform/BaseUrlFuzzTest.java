package fr.orthocab.support.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URI;
import java.util.Optional;

class BaseUrlFuzzTest {
  private static final String BASE = "https://support.orthocab.fr";
  private static final URI FROM_EVIL_HOST = URI.create("http://evil.example/portal/list.xhtml");
  private static final BaseUrl CONFIGURED = new BaseUrl(Optional.of(BASE));
  private static final BaseUrl UNSET = new BaseUrl(Optional.empty());

  /**
   * Whatever location code asks to redirect to, the answer is on the desk's address, or the very
   * location asked for when that is another site; never the origin the Host header named.
   */
  @FuzzTest(maxDuration = "8s")
  void redirectsNeverLeadToTheCallersHost(FuzzedDataProvider data) {
    String location = data.consumeRemainingAsString();

    String configured = CONFIGURED.target(location, FROM_EVIL_HOST);
    if (!configured.equals(location)) {
      assertTrue(configured.startsWith(BASE + "/"), location + " -> " + configured);
    } else {
      assertFalse(onTheCallersOrigin(location), location + " left on the caller's origin");
    }

    String relative = UNSET.target(location, FROM_EVIL_HOST);
    if (!relative.equals(location)) {
      assertTrue(
          relative.startsWith("/") && !relative.startsWith("//") && !relative.startsWith("/\\"),
          location + " -> " + relative);
    } else {
      assertFalse(onTheCallersOrigin(location), location + " left on the caller's origin");
    }
  }

  private static boolean onTheCallersOrigin(String location) {
    URI uri;
    try {
      uri = URI.create(location.strip());
    } catch (IllegalArgumentException e) {
      return false;
    }
    if (uri.getHost() == null) {
      return false; // relative: the browser resolves it against the address it really used
    }
    String scheme = uri.getScheme() == null ? "http" : uri.getScheme();
    int port = uri.getPort() == -1 ? ("https".equalsIgnoreCase(scheme) ? 443 : 80) : uri.getPort();
    return scheme.equalsIgnoreCase("http")
        && uri.getHost().equalsIgnoreCase("evil.example")
        && port == 80;
  }
}
