package fr.orthocab.support.testing;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The in-container tests' calls to {@code /api/**}, held to the API's OpenAPI document like the
 * black-box tests' calls: the validator cannot run inside the server (its libraries are not in the
 * WAR, and would meet Payara's own Jackson there), so each call and its answer is written down, one
 * JSON line, in the file that the system property {@value #FILE} names (the build gives the server
 * and the test JVM the same one), and {@link ApiCallsChecked} holds them to the document in the
 * test JVM as soon as the test ends. A test class using this is annotated with {@link
 * ApiCallsChecked}.
 */
public final class InContainerApiCalls {
  static final String FILE = "it.api.calls";

  private final URI base;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /**
   * Calls to the deployment at the base URL Arquillian gives, from a test class annotated with
   * {@link ApiCallsChecked}: without it, the calls would be written down and never checked.
   */
  public InContainerApiCalls(URL base) {
    Class<?> test =
        StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass();
    ExtendWith extensions = test.getAnnotation(ExtendWith.class);
    if (extensions == null || !Arrays.asList(extensions.value()).contains(ApiCallsChecked.class)) {
      throw new IllegalStateException(
          test.getName() + " sends API calls without @ExtendWith(ApiCallsChecked.class)");
    }
    this.base = URI.create(base.toString().replaceAll("/?$", "/"));
  }

  /** A request to a path of the API ({@code /api/...}) of the deployment. */
  public HttpRequest.Builder request(String path) {
    if (!path.startsWith("/api/")) {
      throw new IllegalArgumentException(path + " is not the API's");
    }
    return HttpRequest.newBuilder(base.resolve(path.substring(1)));
  }

  /** Sent; the request and its answer are held to the document. */
  public HttpResponse<String> send(HttpRequest request) {
    return send(request, true);
  }

  /**
   * Sent, breaking the document on purpose (no signature, bad JSON, invalid fields, another content
   * type): only the answer is held to it.
   */
  public HttpResponse<String> sendBreakingTheDocument(HttpRequest request) {
    return send(request, false);
  }

  private HttpResponse<String> send(HttpRequest request, boolean requestFollowsTheDocument) {
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    write(
        Json.createObjectBuilder()
            .add("wholeCall", requestFollowsTheDocument)
            .add("method", request.method())
            // as the document names it, without the deployment's context root
            .add("uri", "/" + base.relativize(request.uri()))
            .add("headers", headers(request.headers().map()))
            .add("body", nullable(RequestBody.of(request)))
            .add("status", response.statusCode())
            .add("answerHeaders", headers(response.headers().map()))
            .add("answerBody", nullable(response.body()))
            .build());
    return response;
  }

  static Path file() {
    String file = System.getProperty(FILE);
    if (file == null || file.isBlank()) {
      throw new IllegalStateException(
          "-D" + FILE + " names no file: the build sets it for the server and the test JVM");
    }
    return Path.of(file);
  }

  /** One line at a time, whole: concurrent calls of one test write in turn. */
  private static synchronized void write(JsonObject call) {
    try {
      Files.writeString(
          file(),
          call + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonObjectBuilder headers(Map<String, List<String>> headers) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    headers.forEach(
        (name, values) -> {
          JsonArrayBuilder array = Json.createArrayBuilder();
          values.forEach(array::add);
          json.add(name, array);
        });
    return json;
  }

  static Map<String, List<String>> headers(JsonObject json) {
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    json.forEach(
        (name, values) ->
            headers.put(
                name,
                values.asJsonArray().getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString)
                    .toList()));
    return headers;
  }

  private static JsonValue nullable(String text) {
    return text == null ? JsonValue.NULL : Json.createValue(text);
  }
}
