package fr.orthocab.support.api;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import fr.orthocab.support.billing.RenewalWebhookResource;
import fr.orthocab.support.policy.Clause;
import fr.orthocab.support.policy.Outcome;
import fr.orthocab.support.screening.FlagKind;
import fr.orthocab.support.sla.SlaEventKind;
import fr.orthocab.support.sla.SlaState;
import fr.orthocab.support.subscription.Pack;
import fr.orthocab.support.testing.ApiContract;
import fr.orthocab.support.ticket.AuthorKind;
import fr.orthocab.support.ticket.Priority;
import fr.orthocab.support.ticket.TicketChannel;
import fr.orthocab.support.ticket.TicketStatus;
import fr.orthocab.support.ticket.Visibility;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The API's OpenAPI document ({@code META-INF/openapi.yaml}) itself: it parses without an error or
 * a warning through swagger-parser (the linter of record), its examples follow its schemas, its
 * enums are the code's, and its operations are the resources' methods.
 */
class OpenApiDocumentTest {
  private static final SwaggerParseResult PARSED =
      new OpenAPIV3Parser().readContents(ApiContract.shippedDocument(), null, new ParseOptions());
  private static final OpenAPI API = PARSED.getOpenAPI();

  @Test
  void parsesWithoutAnyErrorOrWarning() {
    assertNotNull(API, PARSED.getMessages().toString());
    assertEquals(List.of(), PARSED.getMessages());
    assertEquals("3.0.3", API.getOpenapi());
  }

  @Test
  void itsOperationsAreTheResourcesMethodsUnderTheirPaths() {
    Map<String, String> inCode = new TreeMap<>();
    for (Class<?> resource :
        List.of(
            TicketsResource.class,
            TicketsInBulkResource.class,
            TicketResource.class,
            TicketAttachmentsResource.class,
            CustomersResource.class,
            StaffResource.class,
            AuditResource.class,
            RenewalWebhookResource.class)) {
      String base = "/api/" + resource.getAnnotation(Path.class).value();
      for (Method method : resource.getDeclaredMethods()) {
        String verb =
            method.isAnnotationPresent(GET.class)
                ? "GET"
                : method.isAnnotationPresent(POST.class)
                    ? "POST"
                    : method.isAnnotationPresent(PATCH.class) ? "PATCH" : null;
        if (verb != null) {
          Path sub = method.getAnnotation(Path.class);
          inCode.put(verb + " " + base + (sub == null ? "" : "/" + sub.value()), method.getName());
        }
      }
    }
    Map<String, String> documented = new TreeMap<>();
    operations().forEach(o -> documented.put(o.name(), o.operation().getOperationId()));
    assertEquals(inCode, documented);
  }

  @Test
  void everyOperationIsTaggedSummedUpSecuredAndAnswersItsErrorsAsProblems() {
    List<Executable> checks = new ArrayList<>();
    operations()
        .forEach(
            o -> {
              checks.add(() -> assertFalse(o.operation().getTags().isEmpty(), o.name()));
              checks.add(() -> assertNotNull(o.operation().getSummary(), o.name()));
              checks.add(() -> assertFalse(o.operation().getSecurity().isEmpty(), o.name()));
              o.operation()
                  .getResponses()
                  .forEach(
                      (status, response) ->
                          checks.add(
                              () ->
                                  assertEquals(
                                      List.of(
                                          status.startsWith("2")
                                              ? successType(o.operation().getOperationId())
                                              : "application/problem+json"),
                                      List.copyOf(resolved(response).getContent().keySet()),
                                      o.name() + " " + status)));
            });
    assertAll(checks);
  }

  /** JSON, but for a customer's export: a ZIP. */
  private static String successType(String operationId) {
    return operationId.equals("exportCustomer") ? "application/zip" : "application/json";
  }

  @Test
  void theDesksAnswersAreClosedSoThatAFieldMissingFromTheDocumentFailsTheTests() {
    Map<String, Schema> schemas = API.getComponents().getSchemas();
    assertAll(
        Stream.of(
                "Ticket",
                "Requester",
                "Decision",
                "Flag",
                "Message",
                "Sla",
                "SlaPolicy",
                "SlaEvent",
                "TicketPage",
                "RenewalResult",
                "BulkResult",
                "Problem")
            .map(
                name ->
                    (Executable)
                        () ->
                            assertEquals(
                                false, schemas.get(name).getAdditionalProperties(), name)));
  }

  @Test
  void itsEnumsAreTheCodes() {
    assertAll(
        () -> assertEquals(names(TicketStatus.values()), enumOf("TicketStatus")),
        () -> assertEquals(names(ApiCategory.values()), enumOf("Category")),
        () ->
            assertEquals(
                Arrays.stream(Clause.values()).map(Clause::id).toList(), enumOf("ClauseId")),
        () -> assertEquals(names(Outcome.values()), enumOf("Decision", "outcome")),
        () -> assertEquals(names(FlagKind.values()), enumOf("Flag", "kind")),
        () -> assertEquals(names(SlaState.values()), enumOf("Sla", "state")),
        () -> assertEquals(names(SlaEventKind.values()), enumOf("SlaEvent", "kind")),
        () -> assertEquals(names(AuthorKind.values()), enumOf("Message", "authorKind")),
        () -> assertEquals(names(Visibility.values()), enumOf("Message", "visibility")),
        () -> assertEquals(names(Visibility.values()), enumOf("NewMessage", "visibility")),
        () ->
            assertEquals(
                names(TicketResource.MessageAuthor.values()), enumOf("NewMessage", "author")),
        () -> assertEquals(names(TicketChannel.values()), enumOf("Ticket", "channel")),
        () -> assertEquals(names(Priority.values()), enumOf("Ticket", "priority")),
        () -> assertEquals(List.of(Pack.TELESOIN, Pack.FREE), enumOf("PackCode")),
        () ->
            assertTrue(
                names(TicketStatus.values()).containsAll(enumOf("StatusChange", "status")),
                "statuses set by hand are statuses"));
  }

  @Test
  void everyExampleFollowsItsSchema() {
    ApiContract contract = ApiContract.ofTheDesk();
    List<Executable> checks = new ArrayList<>();
    operations()
        .forEach(
            o -> {
              URI uri =
                  URI.create(
                      "http://localhost"
                          + o.path().replace("{reference}", "OC-1042").replace("{id}", "51"));
              String verb = o.verb().name();
              if (o.operation().getRequestBody() != null) {
                for (Map.Entry<String, String> example :
                    examples(o.operation().getRequestBody().getContent())) {
                  ApiContract.Call call =
                      new ApiContract.Call(
                          verb, uri, signedAndAuthorized(example.getKey()), example.getValue());
                  checks.add(() -> contract.checkRequest(call));
                }
              }
              ApiContract.Call call = new ApiContract.Call(verb, uri, Map.of(), null);
              o.operation()
                  .getResponses()
                  .forEach(
                      (status, response) -> {
                        for (Map.Entry<String, String> example :
                            examples(resolved(response).getContent())) {
                          ApiContract.Answer answer =
                              new ApiContract.Answer(
                                  Integer.parseInt(status),
                                  withHeaders(example.getKey()),
                                  example.getValue());
                          checks.add(() -> contract.checkAnswer(call, answer));
                        }
                      });
            });
    assertTrue(checks.size() > 15, "examples checked: " + checks.size());
    assertAll(checks);
  }

  /** An operation of the document, under its path and verb. */
  private record Documented(String path, PathItem.HttpMethod verb, Operation operation) {
    String name() {
      return verb + " " + path;
    }
  }

  /** Every operation of the document, path by path. */
  private static Stream<Documented> operations() {
    return API.getPaths().entrySet().stream()
        .flatMap(
            path ->
                path.getValue().readOperationsMap().entrySet().stream()
                    .map(verb -> new Documented(path.getKey(), verb.getKey(), verb.getValue())));
  }

  private static Map<String, List<String>> signedAndAuthorized(String type) {
    return Map.of(
        "Content-Type", List.of(type),
        "Authorization", List.of("Bearer example"),
        "Orthocab-Signature", List.of("t=1764147600,v1=00"));
  }

  private static Map<String, List<String>> withHeaders(String type) {
    return Map.of(
        "Content-Type", List.of(type),
        "ETag", List.of("\"1\""),
        "Location", List.of("/api/tickets/OC-1042"),
        "WWW-Authenticate", List.of("Bearer realm=\"orthocab-support\""));
  }

  /** Each example of a content: its media type, and its value as JSON. */
  private static List<Map.Entry<String, String>> examples(Map<String, MediaType> content) {
    List<Map.Entry<String, String>> found = new ArrayList<>();
    content.forEach(
        (type, media) -> {
          if (media.getExamples() != null) {
            media.getExamples().values().stream()
                .map(OpenApiDocumentTest::resolved)
                .forEach(example -> found.add(Map.entry(type, json(example.getValue()))));
          }
        });
    return found;
  }

  private static String json(Object value) {
    try {
      return Json.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ApiResponse resolved(ApiResponse response) {
    return response.get$ref() == null
        ? response
        : API.getComponents().getResponses().get(last(response.get$ref()));
  }

  private static Example resolved(Example example) {
    return example.get$ref() == null
        ? example
        : API.getComponents().getExamples().get(last(example.get$ref()));
  }

  private static String last(String ref) {
    return ref.substring(ref.lastIndexOf('/') + 1);
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  private static List<Object> enumOf(String schema) {
    return List.copyOf(API.getComponents().getSchemas().get(schema).getEnum());
  }

  private static List<Object> enumOf(String schema, String property) {
    Schema<?> field =
        (Schema<?>) API.getComponents().getSchemas().get(schema).getProperties().get(property);
    return List.copyOf(field.getEnum());
  }
}
