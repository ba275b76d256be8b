package fr.orthocab.support.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Calls the desk's HTTP API as an integration would, with a bearer token. Every call to {@code
 * /api/**} and its answer are held to the API's OpenAPI document ({@link ApiContract}).
 */
public final class ApiClient {
  private final DeskServer desk;
  private final String token;
  private final boolean requestsFollowTheDocument;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  public ApiClient(DeskServer desk, String token) {
    this(desk, token, true);
  }

  private ApiClient(DeskServer desk, String token, boolean requestsFollowTheDocument) {
    this.desk = desk;
    this.token = token;
    this.requestsFollowTheDocument = requestsFollowTheDocument;
  }

  /**
   * The same caller, sending requests that break the document on purpose (invalid fields, bad JSON,
   * another content type, no token): only their answers are held to it.
   */
  public ApiClient malformed() {
    return new ApiClient(desk, token, false);
  }

  public HttpResponse<String> get(String path) {
    return send(base(path).GET());
  }

  public HttpResponse<String> post(String path, String json) {
    return send(base(path).header("Content-Type", "application/json").POST(body(json)));
  }

  public HttpResponse<String> post(String path, String json, String ifMatch) {
    return send(
        base(path)
            .header("Content-Type", "application/json")
            .header("If-Match", ifMatch)
            .POST(body(json)));
  }

  public HttpResponse<String> send(HttpRequest.Builder builder) {
    HttpRequest request = builder.build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    if (requestsFollowTheDocument) {
      ApiContract.ofTheDesk().check(request, response);
    } else {
      ApiContract.ofTheDesk().checkAnswer(request, response);
    }
    return response;
  }

  public HttpRequest.Builder base(String path) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(desk.url(path))).timeout(Duration.ofSeconds(60));
    return token == null ? request : request.header("Authorization", "Bearer " + token);
  }

  public static HttpRequest.BodyPublisher body(String json) {
    return HttpRequest.BodyPublishers.ofString(json);
  }

  public static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }
}
