package fr.orthocab.support.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The API's OpenAPI document held against real calls by a third-party validator (Atlassian's
 * swagger-request-validator): every call to {@code /api/**} that the tests make, and its answer:
 * through the black-box tests' helpers ({@link ApiClient}, {@link Webhook}, {@link RawHttp}), the
 * in-container tests' ({@link InContainerApiCalls}, checked in the test JVM by {@link
 * ApiCallsChecked}), the generated client's ({@link CheckedHttpClient}) and curl's ({@link
 * CheckingProxy}). A body, header or status the document does not describe fails the test with the
 * validator's messages.
 *
 * <p>The document is read from the build's output ({@code META-INF/openapi.yaml} on the class
 * path), the very file the WAR ships, rather than fetched from a desk: the in-container and the odd
 * desks' tests use it too, without a shared desk to ask, and {@code TicketApiIT} checks that what
 * {@code /openapi} serves says the same.
 */
public final class ApiContract {
  static final String DOCUMENT = "/META-INF/openapi.yaml";

  private final OpenApiInteractionValidator validator;

  ApiContract(String document) {
    validator =
        OpenApiInteractionValidator.createForInlineApiSpecification(document)
            .withLevelResolver(
                LevelResolver.create()
                    // the desk's answers are closed (additionalProperties: false), and a status
                    // the document does not list is an undocumented answer
                    .withLevel(
                        "validation.schema.additionalProperties", ValidationReport.Level.ERROR)
                    .withLevel("validation.response.status.unknown", ValidationReport.Level.ERROR)
                    .build())
            .build();
  }

  /** The contract of the desk the tests call: its document, read once. */
  public static ApiContract ofTheDesk() {
    return Shipped.CONTRACT;
  }

  /** A call as it was sent; {@code body} null when it had none. */
  public record Call(String method, URI uri, Map<String, List<String>> headers, String body) {
    static Call of(HttpRequest request) {
      return new Call(
          request.method(), request.uri(), request.headers().map(), RequestBody.of(request));
    }
  }

  /** An answer as it came. */
  public record Answer(int status, Map<String, List<String>> headers, String body) {
    static Answer of(HttpResponse<String> response) {
      return new Answer(response.statusCode(), response.headers().map(), response.body());
    }
  }

  /** The request and its answer, when the request is the API's; else nothing is checked. */
  public void check(HttpRequest request, HttpResponse<String> response) {
    check(Call.of(request), Answer.of(response));
  }

  /**
   * The answer only, for a request that breaks the document on purpose (a missing field, bad JSON,
   * another content type, no credentials): whatever the request, the answer must be documented.
   */
  public void checkAnswer(HttpRequest request, HttpResponse<String> response) {
    checkAnswer(Call.of(request), Answer.of(response));
  }

  public void check(Call call, Answer answer) {
    if (isApi(call)) {
      fail(call, answer, validator.validate(request(call), response(answer)));
    }
  }

  public void checkAnswer(Call call, Answer answer) {
    if (isApi(call)) {
      fail(
          call,
          answer,
          validator.validateResponse(
              call.uri().getRawPath(),
              Request.Method.valueOf(call.method().toUpperCase(Locale.ROOT)),
              response(answer)));
    }
  }

  /** The request alone (an example of the document, say). */
  public void checkRequest(Call call) {
    if (isApi(call)) {
      fail(call, new Answer(0, Map.of(), null), validator.validateRequest(request(call)));
    }
  }

  private static boolean isApi(Call call) {
    return call.uri().getRawPath().startsWith("/api/");
  }

  private static void fail(Call call, Answer answer, ValidationReport report) {
    boolean typed = answer.headers().keySet().stream().anyMatch("Content-Type"::equalsIgnoreCase);
    if (answer.body() != null && !answer.body().isEmpty() && !typed && answer.status() != 0) {
      // the validator reads a body's media type from that header, and checks nothing without it
      throw mismatch(call, answer, "an answer with a body and no Content-Type");
    }
    if (report.hasErrors()) {
      throw mismatch(call, answer, SimpleValidationReportFormat.getInstance().apply(report));
    }
  }

  private static AssertionError mismatch(Call call, Answer answer, String what) {
    return new AssertionError(
        call.method()
            + " "
            + call.uri().getRawPath()
            + " -> "
            + answer.status()
            + " does not match the API's OpenAPI document:\n"
            + what
            + "\nanswer body: "
            + excerpt(answer.body()));
  }

  private static String excerpt(String body) {
    return body == null || body.length() <= 2000 ? body : body.substring(0, 2000) + "…";
  }

  private static Request request(Call call) {
    SimpleRequest.Builder request =
        new SimpleRequest.Builder(call.method().toUpperCase(Locale.ROOT), call.uri().getRawPath());
    call.headers().forEach(request::withHeader);
    String query = call.uri().getRawQuery();
    if (query != null && !query.isEmpty()) {
      for (String pair : query.split("&")) {
        int equals = pair.indexOf('=');
        String name = equals < 0 ? pair : pair.substring(0, equals);
        String value = equals < 0 ? "" : pair.substring(equals + 1);
        request.withQueryParam(decoded(name), decoded(value));
      }
    }
    if (call.body() != null) {
      request.withBody(call.body());
    }
    return request.build();
  }

  private static Response response(Answer answer) {
    SimpleResponse.Builder response = SimpleResponse.Builder.status(answer.status());
    answer.headers().forEach(response::withHeader);
    if (answer.body() != null && !answer.body().isEmpty()) {
      response.withBody(answer.body());
    }
    return response.build();
  }

  private static String decoded(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  /** The document as the build put it in the WAR. */
  public static String shippedDocument() {
    try (InputStream in = ApiContract.class.getResourceAsStream(DOCUMENT)) {
      if (in == null) {
        throw new IllegalStateException(DOCUMENT + " is not on the class path: build first");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Read on first use only: the validator parses the document once for the whole test run. */
  private static final class Shipped {
    static final ApiContract CONTRACT = new ApiContract(shippedDocument());
  }
}
