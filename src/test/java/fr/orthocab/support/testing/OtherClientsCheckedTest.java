package fr.orthocab.support.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The wiring of the checks on the clients that are not the helpers', against a fake desk: through
 * {@link CheckedHttpClient} (the generated client's) and {@link CheckingProxy} (curl's), an answer
 * the document describes reaches the caller whole, and one it does not fails the call.
 */
class OtherClientsCheckedTest {
  private static final String MISSING =
      "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"No.\"}";

  private HttpServer server;
  private final HttpClient client = new CheckedHttpClient(HttpClient.newHttpClient());

  @BeforeEach
  void answerOc1043WithAProblemCarryingATrace() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String body =
              exchange.getRequestURI().getPath().endsWith("OC-1043")
                  ? MISSING.replace("}", ",\"trace\":\"at fr.orthocab...\"}")
                  : MISSING;
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().put("Content-Type", List.of("application/problem+json"));
          exchange.sendResponseHeaders(404, bytes.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private HttpRequest get(String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create(desk(pathAndQuery)))
        .header("Authorization", "Bearer test")
        .build();
  }

  @Test
  void anAnswerTheDocumentDescribesReachesTheCallersHandler() throws Exception {
    HttpResponse<InputStream> answer =
        client.send(get("/api/tickets/OC-1042"), HttpResponse.BodyHandlers.ofInputStream());
    assertEquals(404, answer.statusCode());
    try (InputStream body = answer.body()) {
      assertEquals(MISSING, new String(body.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void throughTheProxyAnAnswerTheDocumentDescribesComesBackAsItWas() throws Exception {
    try (CheckingProxy proxy = new CheckingProxy(this::desk)) {
      HttpResponse<String> answer =
          HttpClient.newHttpClient()
              .send(
                  proxied(proxy, "/api/tickets/OC-1042"),
                  HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertEquals(404, answer.statusCode());
      assertEquals(MISSING, answer.body());
      assertEquals(
          "application/problem+json", answer.headers().firstValue("Content-Type").orElseThrow());
      assertEquals(List.of(), proxy.mismatches());
    }
  }

  @Test
  void throughTheProxyAnAnswerTheDocumentDoesNotDescribeIsKeptAndA502() throws Exception {
    try (CheckingProxy proxy = new CheckingProxy(this::desk)) {
      HttpResponse<String> answer =
          HttpClient.newHttpClient()
              .send(proxied(proxy, "/api/tickets/OC-1043"), HttpResponse.BodyHandlers.ofString());
      assertEquals(502, answer.statusCode());
      assertEquals(1, proxy.mismatches().size());
      assertTrue(proxy.mismatches().get(0).getMessage().contains("trace"), answer.body());
    }
  }

  private String desk(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private static HttpRequest proxied(CheckingProxy proxy, String path) {
    return HttpRequest.newBuilder(URI.create(proxy.url(path)))
        .header("Authorization", "Bearer test")
        .build();
  }

  @Test
  void anAnswerTheDocumentDoesNotDescribeFailsTheCall() {
    AssertionError error =
        assertThrows(
            AssertionError.class,
            () ->
                client.send(
                    get("/api/tickets/OC-1043"), HttpResponse.BodyHandlers.ofInputStream()));
    assertTrue(error.getMessage().contains("trace"), error.getMessage());
  }
}
