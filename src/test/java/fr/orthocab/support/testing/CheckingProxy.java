package fr.orthocab.support.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * A proxy in the test JVM, in front of a desk, for callers the tests do not write in Java (curl in
 * {@code scripts/send-renewal.sh}): each call goes to the desk as it came, and the call and its
 * answer are held to the API's OpenAPI document ({@link ApiContract}) before the answer goes back.
 * A mismatch is kept ({@link #mismatches()}) and answered 502, so that the caller fails too.
 */
public final class CheckingProxy implements AutoCloseable {
  /** Headers the JDK's client sets itself, or that belong to one connection. */
  private static final Set<String> HOP_BY_HOP =
      Set.of("host", "content-length", "connection", "transfer-encoding", "expect", "upgrade");

  private final UnaryOperator<String> desk;
  private final HttpServer server;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final List<AssertionError> mismatches = new CopyOnWriteArrayList<>();

  public CheckingProxy(DeskServer desk) {
    this(desk::url);
  }

  /** In front of the server whose URL for a path {@code desk} gives. */
  CheckingProxy(UnaryOperator<String> desk) {
    this.desk = desk;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::forward);
    server.start();
  }

  /** The proxy's URL for a path of the desk. */
  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** What the document did not describe, call by call: none when all was well. */
  public List<AssertionError> mismatches() {
    return List.copyOf(mismatches);
  }

  private void forward(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      URI uri = exchange.getRequestURI();
      HttpRequest.Builder request =
          HttpRequest.newBuilder(
                  URI.create(
                      desk.apply(
                          uri.getRawPath()
                              + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()))))
              .method(
                  exchange.getRequestMethod(),
                  body.length == 0
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofByteArray(body));
      exchange
          .getRequestHeaders()
          .forEach(
              (name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                  values.forEach(value -> request.header(name, value));
                }
              });
      HttpRequest sent = request.build();
      HttpResponse<String> answer;
      try {
        answer = http.send(sent, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
      try {
        ApiContract.ofTheDesk().check(sent, answer);
      } catch (AssertionError mismatch) {
        mismatches.add(mismatch);
        reply(exchange, 502, "text/plain", mismatch.getMessage());
        return;
      }
      answer
          .headers()
          .map()
          .forEach(
              (name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                  exchange.getResponseHeaders().put(name, values);
                }
              });
      byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(answer.statusCode(), bytes.length == 0 ? -1 : bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private static void reply(HttpExchange exchange, int status, String type, String text)
      throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().put("Content-Type", List.of(type));
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
