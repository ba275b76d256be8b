package fr.orthocab.support.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The desk's public address ({@code APP_BASE_URL}), read here only, the links mails carry and the
 * redirects built on it. A redirect never takes its host from the request: the {@code Host} header
 * is the caller's to write, and a desk that sends people to {@code http://evil.example/login.xhtml}
 * because a request said so serves whoever sits behind that name. Without a configured address (a
 * bare demo), redirects stay relative, which browsers resolve against the address they used.
 */
@ApplicationScoped
public class BaseUrl {
  /** Where a bare demo answers, for the links that cannot stay relative. */
  private static final String LOCAL = "http://localhost:8080";

  private Optional<String> configured = Optional.empty();

  BaseUrl() {}

  @Inject
  public BaseUrl(@ConfigProperty(name = "app.base-url") Optional<String> configured) {
    this.configured =
        configured.map(String::strip).filter(u -> !u.isEmpty()).map(u -> u.replaceAll("/+$", ""));
  }

  /** The address of a path of the desk ({@code /login.xhtml}): absolute when configured. */
  public String of(String path) {
    return configured.map(base -> base + path).orElse(path);
  }

  /**
   * Whether the desk is reached over https: its session cookie is then {@code Secure} and browsers
   * are told never to use plain http for it (HSTS). Unset, the bare demo on http.
   */
  public boolean https() {
    return configured.filter(u -> u.regionMatches(true, 0, "https://", 0, 8)).isPresent();
  }

  /**
   * The address of a path of the desk for a mail or a log line, which no browser resolves: always
   * absolute, the local desk's when none is configured.
   */
  public String absolute(String path) {
    return configured.orElse(LOCAL) + path;
  }

  /**
   * Redirects (302) to a path of the desk. Authentication mechanisms, which answer before any
   * filter runs, call this rather than {@code sendRedirect}: the container makes a relative {@code
   * sendRedirect} absolute with the request's {@code Host}.
   */
  public void redirect(HttpServletResponse response, String path) {
    found(response, of(path));
  }

  static void found(HttpServletResponse response, String location) {
    response.resetBuffer();
    response.setStatus(HttpServletResponse.SC_FOUND);
    response.setHeader("Location", location);
  }

  /**
   * Where a redirect asked for while answering {@code requestUrl} should go: a path of the desk, or
   * an address on the request's own origin (taken from its {@code Host}), goes to the desk's
   * address; another site's address is left alone.
   */
  String target(String location, URI requestUrl) {
    URI uri;
    try {
      uri = URI.create(location.strip());
    } catch (IllegalArgumentException notAUri) {
      // unreadable, so where it would lead a browser is a guess: home, on the desk
      return of("/");
    }
    if (uri.isAbsolute() || uri.getRawAuthority() != null) {
      return sameOrigin(uri, requestUrl) ? of(pathOf(uri)) : location;
    }
    return of(pathOf(requestUrl.resolve(uri)));
  }

  private static boolean sameOrigin(URI uri, URI requestUrl) {
    String scheme = uri.getScheme() == null ? requestUrl.getScheme() : uri.getScheme();
    return scheme.equalsIgnoreCase(requestUrl.getScheme())
        && uri.getHost() != null
        && uri.getHost().toLowerCase(Locale.ROOT).equals(hostOf(requestUrl))
        && portOf(uri, scheme) == portOf(requestUrl, scheme);
  }

  private static String hostOf(URI uri) {
    return Objects.toString(uri.getHost(), "").toLowerCase(Locale.ROOT);
  }

  private static int portOf(URI uri, String scheme) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(scheme) ? 443 : 80;
  }

  /** Path, query and fragment; never "//…", which a browser would read as another host. */
  private static String pathOf(URI uri) {
    String raw = uri.getRawPath() == null ? "" : uri.getRawPath();
    String path = "/" + raw.replaceFirst("^/+", "");
    return path
        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
        + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
  }
}
