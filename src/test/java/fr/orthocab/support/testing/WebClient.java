package fr.orthocab.support.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A cookie-keeping HTTP client that speaks to the desk's pages as a browser without JavaScript
 * would: GET pages, post Faces forms with their view state. Redirects are not followed, so tests
 * can look at them.
 */
public final class WebClient {
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern CSP_NONCE =
      Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

  private final UnaryOperator<String> url;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;
  private String clientAddress;

  public WebClient(DeskServer desk) {
    this(desk::url);
  }

  /** A client of the in-container tests' deployment, at the base URL Arquillian gives. */
  public WebClient(URL base) {
    this(path -> base.toString().replaceAll("/$", "") + path);
  }

  private WebClient(UnaryOperator<String> url) {
    this.url = url;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  /**
   * Makes this client's requests come from that address, as a load balancer would say it (the test
   * desk believes {@code X-Forwarded-For} from loopback only).
   */
  public WebClient from(String address) {
    this.clientAddress = address;
    return this;
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url.apply(path)));
    return clientAddress == null ? builder : builder.header("X-Forwarded-For", clientAddress);
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET().build());
  }

  /** GETs a file as it is sent, byte for byte (a picture, a download). */
  public HttpResponse<byte[]> getBytes(String path) {
    try {
      return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** GETs a page, following redirects inside the desk. */
  public HttpResponse<String> open(String path) {
    HttpResponse<String> response = get(path);
    for (int i = 0; i < 5 && response.statusCode() / 100 == 3; i++) {
      response = get(location(response));
    }
    return response;
  }

  public HttpResponse<String> post(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** Posts a Faces form of a page just fetched, with that page's view state. */
  public HttpResponse<String> submit(
      String path, HttpResponse<String> page, String form, Map<String, String> fields) {
    Map<String, String> all = new LinkedHashMap<>();
    all.put(form, form);
    all.putAll(fields);
    all.put("jakarta.faces.ViewState", viewState(page));
    Matcher nonce = CSP_NONCE.matcher(page.body());
    if (nonce.find()) {
      // What PrimeFaces' script adds to every post in CSP mode.
      all.put("primefaces.nonce", nonce.group(1));
    }
    return post(path, all);
  }

  /** Logs in through the login form; answers the response to the form's post. */
  public HttpResponse<String> login(String email, String password) {
    HttpResponse<String> page = get("/login.xhtml");
    return submit(
        "/login.xhtml",
        page,
        "login",
        Map.of("login:email", email, "login:password", password, "login:submit", ""));
  }

  public Optional<String> sessionId() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("JSESSIONID"))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  /** The Set-Cookie header of the session cookie that this answer sets, with its attributes. */
  public static String sessionCookie(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(cookie -> cookie.startsWith("JSESSIONID="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No session cookie: " + response.headers().map()));
  }

  public static String viewState(HttpResponse<String> page) {
    Matcher matcher = VIEW_STATE.matcher(page.body());
    if (!matcher.find()) {
      throw new IllegalStateException("No view state in page:\n" + page.body());
    }
    return matcher.group(1);
  }

  public static String location(HttpResponse<String> response) {
    String location = response.headers().firstValue("Location").orElseThrow();
    URI uri = URI.create(location);
    return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
