package fr.orthocab.support.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Holds the calls an in-container test made to {@code /api/**} ({@link InContainerApiCalls}) to the
 * API's OpenAPI document ({@link ApiContract}) in the test JVM, when the test ends: the calls
 * written down since it started, each with its answer, or the answer alone for a call that breaks
 * the document on purpose. The first mismatch fails the test.
 *
 * <p>JUnit runs the extension on both sides of an in-container test; it acts where the validator
 * is, the test JVM (the server has not got it), and does nothing in the server.
 */
public final class ApiCallsChecked implements BeforeEachCallback, AfterEachCallback {
  private static final ExtensionContext.Namespace CALLS =
      ExtensionContext.Namespace.create(ApiCallsChecked.class);

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    if (validatorIsHere()) {
      context.getStore(CALLS).put("from", size(InContainerApiCalls.file()));
    }
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    if (!validatorIsHere()) {
      return;
    }
    Path file = InContainerApiCalls.file();
    long from = context.getStore(CALLS).get("from", Long.class);
    List<String> lines = new ArrayList<>();
    if (Files.exists(file)) {
      byte[] all = Files.readAllBytes(file);
      String written = new String(all, (int) from, all.length - (int) from, StandardCharsets.UTF_8);
      written.lines().filter(line -> !line.isBlank()).forEach(lines::add);
    }
    ApiContract contract = ApiContract.ofTheDesk();
    for (String line : lines) {
      JsonObject call = Json.createReader(new StringReader(line)).readObject();
      if (!call.getString("uri").startsWith("/api/")) {
        throw new AssertionError(call.getString("uri") + " is not a path of the API: " + line);
      }
      ApiContract.Call sent =
          new ApiContract.Call(
              call.getString("method"),
              URI.create(call.getString("uri")),
              InContainerApiCalls.headers(call.getJsonObject("headers")),
              call.isNull("body") ? null : call.getString("body"));
      ApiContract.Answer answer =
          new ApiContract.Answer(
              call.getInt("status"),
              InContainerApiCalls.headers(call.getJsonObject("answerHeaders")),
              call.isNull("answerBody") ? null : call.getString("answerBody"));
      if (call.getBoolean("wholeCall")) {
        contract.check(sent, answer);
      } else {
        contract.checkAnswer(sent, answer);
      }
    }
  }

  private static long size(Path file) {
    try {
      return Files.exists(file) ? Files.size(file) : 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The test JVM: the validator is on its class path, and never in the WAR. */
  private static boolean validatorIsHere() {
    return ApiCallsChecked.class
            .getClassLoader()
            .getResource("com/atlassian/oai/validator/OpenApiInteractionValidator.class")
        != null;
  }
}
