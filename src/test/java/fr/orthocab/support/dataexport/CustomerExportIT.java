package fr.orthocab.support.dataexport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.account.Accounts;
import fr.orthocab.support.account.ApiScope;
import fr.orthocab.support.account.ApiTokens;
import fr.orthocab.support.account.Role;
import fr.orthocab.support.attachment.MessageFiles;
import fr.orthocab.support.attachment.Upload;
import fr.orthocab.support.audit.AuditAction;
import fr.orthocab.support.audit.AuditActor;
import fr.orthocab.support.audit.AuditEntry;
import fr.orthocab.support.audit.AuditFilter;
import fr.orthocab.support.audit.AuditTrail;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.policy.Clause;
import fr.orthocab.support.reads.ReadKind;
import fr.orthocab.support.reads.StaffRead;
import fr.orthocab.support.reads.StaffReads;
import fr.orthocab.support.refusal.Refusals;
import fr.orthocab.support.subscription.Pack;
import fr.orthocab.support.testing.ApiCallsChecked;
import fr.orthocab.support.testing.AsSupervisor;
import fr.orthocab.support.testing.Deployments;
import fr.orthocab.support.testing.InContainerApiCalls;
import fr.orthocab.support.testing.OpenedTickets;
import fr.orthocab.support.testing.TestCustomers;
import fr.orthocab.support.ticket.NewRequest;
import fr.orthocab.support.ticket.Priority;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketChannel;
import fr.orthocab.support.ticket.TicketReads;
import fr.orthocab.support.ticket.TicketStatus;
import fr.orthocab.support.ticket.Tickets;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A customer's export: two requests, a file and a refusal are all in the ZIP, the document fits its
 * documented shape, the file is there at the path the document gives, nobody else's request is; a
 * member of staff's export is in the audit trail and among the reads of the customer's data. Over
 * the API: supervisors' tokens only (401, 403, 404 as problems).
 */
@ExtendWith({ArquillianExtension.class, ApiCallsChecked.class})
class CustomerExportIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  /** Written here: the deployment holds this class, not the other tests'. */
  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @Inject private CustomerExports exports;
  @Inject private Tickets tickets;
  @Inject private TicketReads ticketReads;
  @Inject private MessageFiles files;
  @Inject private Refusals refusals;
  @Inject private TestCustomers customers;
  @Inject private Accounts accounts;
  @Inject private ApiTokens apiTokens;
  @Inject private AsSupervisor asSupervisor;
  @Inject private AuditTrail trail;
  @Inject private StaffReads reads;
  @ArquillianResource private URL base;

  private final String unique = UUID.randomUUID().toString().substring(0, 8);
  private final OpenedTickets opened = new OpenedTickets();

  @AfterEach
  void closeWhatWasOpened() {
    opened.closeAll(tickets);
  }

  @Test
  void twoRequestsAFileAndARefusalAreAllThereInTheDocumentedShape() throws Exception {
    Customer customer = customer();
    Ticket first = open(customer, "Agenda " + unique, "Mon agenda ne s'affiche plus.");
    files.addToRequest(first.getId(), List.of(new Upload("bilan orthophonique.pdf", PDF)));
    Ticket second = open(customer, "Encore " + unique, "Pourquoi ? Pourquoi ? Pourquoi ?");
    Account agent = staff(Role.AGENT);
    refusals.refuse(
        second.getId(), version(second), agent, Clause.REFUSE_SPAM, "Trop de messages " + unique);
    Ticket someoneElses = open(customer(), "Autre " + unique, "Pas à elle.");

    AuditActor reader = AuditActor.person(agent.getId(), "Agent " + unique, agent.getEmail(), null);
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    exports.writeFor(reader, customer.getId(), zip);
    Map<String, byte[]> entries = unzip(zip.toByteArray());

    JsonObject document = json(entries.get(CustomerExports.DOCUMENT));
    assertEquals(List.of(), ExportShape.documented().problems(document));
    assertEquals(customer.getEmail(), document.getJsonObject("profile").getString("email"));
    assertEquals(1, document.getJsonArray("subscriptions").size());
    List<JsonObject> requests =
        document.getJsonArray("requests").getValuesAs(JsonObject.class).stream().toList();
    assertEquals(
        List.of(first.getReference(), second.getReference()),
        requests.stream().map(r -> r.getString("reference")).toList());
    assertFalse(document.toString().contains(someoneElses.getReference()));

    JsonObject asked = requests.get(0).getJsonArray("messages").getJsonObject(0);
    assertEquals("Mon agenda ne s'affiche plus.", asked.getString("body"));
    JsonObject file = asked.getJsonArray("files").getJsonObject(0);
    assertEquals("bilan orthophonique.pdf", file.getString("name"));
    assertEquals(PDF.length, file.getInt("sizeBytes"));
    assertArrayEquals(PDF, entries.get(file.getString("path")));
    assertTrue(file.getString("path").startsWith("files/" + first.getReference() + "/"));

    JsonObject refused = requests.get(1);
    assertEquals(TicketStatus.REFUSED.name(), refused.getString("status"));
    JsonObject refusal = refused.getJsonArray("refusals").getJsonObject(0);
    assertEquals(Clause.REFUSE_SPAM.id(), refusal.getString("clause"));
    assertEquals("Trop de messages " + unique, refusal.getString("explanation"));
    assertEquals(JsonValue.NULL, refusal.get("liftedAt"));
    assertTrue(
        refused.getJsonArray("decisions").getValuesAs(JsonObject.class).stream()
            .anyMatch(d -> d.getString("outcome").equals("REFUSED")),
        refused.toString());
    assertTrue(
        document.getJsonArray("mailsSent").getValuesAs(JsonObject.class).stream()
            .allMatch(m -> m.getString("to").equalsIgnoreCase(customer.getEmail())));
    assertEquals(2, entries.size(), "the document and the one file: " + entries.keySet());

    List<AuditEntry> audited =
        trail.page(AuditFilter.ofCustomer(customer.getId()), null, 20).entries();
    assertTrue(
        audited.stream()
            .anyMatch(
                e ->
                    e.getAction() == AuditAction.DATA_EXPORTED
                        && e.getActorAccountId().equals(agent.getId())),
        audited.toString());
    StaffRead read = reads.ofCustomer(customer.getId(), 5).get(0);
    assertEquals(ReadKind.EXPORT, read.getKind());
    assertEquals(agent.getId(), read.getReaderAccountId());
  }

  @Test
  void theCustomersOwnExportIsNotAReadOfTheStaff() throws IOException {
    Customer customer = customer();
    open(customer, "Seule " + unique, "Ma demande.");
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    exports.writeOwn(customer.getId(), zip);

    JsonObject document = json(unzip(zip.toByteArray()).get(CustomerExports.DOCUMENT));
    assertEquals(List.of(), ExportShape.documented().problems(document));
    assertEquals(1, document.getJsonArray("requests").size());
    assertEquals(List.of(), reads.ofCustomer(customer.getId(), 5));
  }

  @Test
  void overTheApiOnlySupervisorsTokensExportAndTheExportIsAudited() throws Exception {
    Customer customer = customer();
    Ticket ticket = open(customer, "Api " + unique, "Par l'API.");
    Account supervisor = staff(Role.SUPERVISOR);
    String write =
        asSupervisor.call(
            () -> apiTokens.create("export " + unique, ApiScope.WRITE, supervisor.getId()));
    String read =
        asSupervisor.call(
            () -> apiTokens.create("lecture " + unique, ApiScope.READ, supervisor.getId()));
    String path = "/api/customers/" + customer.getId() + "/export";

    HttpResponse<byte[]> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/?$", "") + path))
                    .header("Authorization", "Bearer " + write)
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, answer.statusCode());
    assertEquals("application/zip", answer.headers().firstValue("Content-Type").orElse(""));
    assertTrue(
        answer
            .headers()
            .firstValue("Content-Disposition")
            .orElse("")
            .contains("orthocab-donnees-client-" + customer.getId() + ".zip"));
    JsonObject document = json(unzip(answer.body()).get(CustomerExports.DOCUMENT));
    assertEquals(
        ticket.getReference(),
        document.getJsonArray("requests").getJsonObject(0).getString("reference"));
    assertTrue(
        trail.page(AuditFilter.ofCustomer(customer.getId()), null, 20).entries().stream()
            .anyMatch(
                e ->
                    e.getAction() == AuditAction.DATA_EXPORTED
                        && e.getActor().equals("API : export " + unique)));

    InContainerApiCalls api = new InContainerApiCalls(base);
    assertEquals(401, api.sendBreakingTheDocument(api.request(path).GET().build()).statusCode());
    HttpResponse<String> readOnly =
        api.send(api.request(path).header("Authorization", "Bearer " + read).GET().build());
    assertEquals(403, readOnly.statusCode());
    assertTrue(
        readOnly
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
    HttpResponse<String> unknown =
        api.send(
            api.request("/api/customers/999999999999/export")
                .header("Authorization", "Bearer " + write)
                .GET()
                .build());
    assertEquals(404, unknown.statusCode(), unknown.body());
    assertTrue(
        unknown
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
  }

  private Customer customer() {
    return customers.subscribed(
        Pack.FREE, LocalDate.now().minusDays(1), LocalDate.now().plusDays(30));
  }

  private Ticket open(Customer customer, String subject, String body) {
    return opened.add(
        tickets.open(
            new NewRequest(
                customer.getId(),
                subject,
                TicketCategory.OTHER,
                TicketChannel.PORTAL,
                body,
                Instant.now()),
            Priority.NORMAL,
            TicketStatus.OPEN,
            null));
  }

  private Account staff(Role role) {
    return accounts.openForStaff(
        role.name().toLowerCase() + "." + unique + "@orthocab.fr",
        "Agent " + unique,
        role,
        "x".toCharArray());
  }

  private long version(Ticket ticket) {
    return ticketReads.find(ticket.getId()).orElseThrow().getVersion();
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new HashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  private static JsonObject json(byte[] utf8) {
    return Json.createReader(new StringReader(new String(utf8, StandardCharsets.UTF_8)))
        .readObject();
  }

  /**
   * The export's documented shape, checked inside the container where no JSON Schema library runs:
   * the draft-04 keywords {@code customer-export.schema.json} uses ({@code type}, {@code enum},
   * {@code required}, {@code properties}, {@code additionalProperties: false}, {@code items},
   * {@code pattern}, {@code oneOf}, {@code $ref} to its definitions), and only those: another
   * keyword fails the check, so the schema cannot outgrow it unnoticed. Nested here, as the
   * deployment holds the in-container test classes with their nested classes. {@code
   * ExportShapeTest} holds it to a real validator outside the container.
   */
  static final class ExportShape {
    static final String SCHEMA = "META-INF/customer-export.schema.json";
    private static final List<String> KNOWN =
        List.of(
            "$schema",
            "id",
            "title",
            "description",
            "definitions",
            "type",
            "enum",
            "required",
            "properties",
            "additionalProperties",
            "items",
            "pattern",
            "oneOf",
            "$ref",
            "format",
            "minimum");

    private final JsonObject schema;

    ExportShape(JsonObject schema) {
      this.schema = schema;
    }

    static ExportShape documented() {
      try (InputStream in =
              Thread.currentThread().getContextClassLoader().getResourceAsStream(SCHEMA);
          JsonReader reader = Json.createReader(in)) {
        return new ExportShape(reader.readObject());
      } catch (java.io.IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** What does not fit the shape, one line each, empty when all fits. */
    List<String> problems(JsonValue document) {
      List<String> problems = new ArrayList<>();
      check(schema, document, "$", problems);
      return problems;
    }

    private void check(JsonObject rule, JsonValue value, String at, List<String> problems) {
      for (String keyword : rule.keySet()) {
        if (!KNOWN.contains(keyword)) {
          problems.add(at + ": the checker does not know " + keyword);
        }
      }
      if (rule.containsKey("$ref")) {
        String name = rule.getString("$ref").replaceFirst("^#/definitions/", "");
        check(schema.getJsonObject("definitions").getJsonObject(name), value, at, problems);
        return;
      }
      if (rule.containsKey("oneOf")) {
        int fitting = 0;
        for (JsonValue option : rule.getJsonArray("oneOf")) {
          List<String> own = new ArrayList<>();
          check(option.asJsonObject(), value, at, own);
          fitting += own.isEmpty() ? 1 : 0;
        }
        if (fitting != 1) {
          problems.add(at + ": fits " + fitting + " of oneOf");
        }
      }
      if (rule.containsKey("enum") && !rule.getJsonArray("enum").contains(value)) {
        problems.add(at + ": " + value + " not in " + rule.getJsonArray("enum"));
      }
      if (rule.containsKey("type") && !typeFits(rule.get("type"), value)) {
        problems.add(at + ": " + value.getValueType() + " is not " + rule.get("type"));
        return;
      }
      if (rule.containsKey("pattern")
          && value.getValueType() == JsonValue.ValueType.STRING
          && !Pattern.compile(rule.getString("pattern"))
              .matcher(((jakarta.json.JsonString) value).getString())
              .find()) {
        problems.add(at + ": " + value + " does not match " + rule.getString("pattern"));
      }
      if (rule.containsKey("minimum")
          && value.getValueType() == JsonValue.ValueType.NUMBER
          && ((JsonNumber) value)
                  .bigDecimalValue()
                  .compareTo(rule.getJsonNumber("minimum").bigDecimalValue())
              < 0) {
        problems.add(at + ": " + value + " is below " + rule.get("minimum"));
      }
      if (value.getValueType() == JsonValue.ValueType.OBJECT) {
        JsonObject object = value.asJsonObject();
        JsonObject properties = rule.getJsonObject("properties");
        if (rule.containsKey("required")) {
          rule.getJsonArray("required").getValuesAs(jakarta.json.JsonString.class).stream()
              .map(jakarta.json.JsonString::getString)
              .filter(key -> !object.containsKey(key))
              .forEach(key -> problems.add(at + ": " + key + " is missing"));
        }
        for (String key : object.keySet()) {
          if (properties != null && properties.containsKey(key)) {
            check(properties.getJsonObject(key), object.get(key), at + "." + key, problems);
          } else if (rule.containsKey("additionalProperties")
              && rule.get("additionalProperties") == JsonValue.FALSE) {
            problems.add(at + ": " + key + " is not in the shape");
          }
        }
      }
      if (value.getValueType() == JsonValue.ValueType.ARRAY && rule.containsKey("items")) {
        JsonArray array = value.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
          check(rule.getJsonObject("items"), array.get(i), at + "[" + i + "]", problems);
        }
      }
    }

    private static boolean typeFits(JsonValue type, JsonValue value) {
      if (type.getValueType() == JsonValue.ValueType.ARRAY) {
        return type.asJsonArray().getValuesAs(jakarta.json.JsonString.class).stream()
            .anyMatch(t -> fits(t.getString(), value));
      }
      return fits(((jakarta.json.JsonString) type).getString(), value);
    }

    private static boolean fits(String type, JsonValue value) {
      return switch (type) {
        case "object" -> value.getValueType() == JsonValue.ValueType.OBJECT;
        case "array" -> value.getValueType() == JsonValue.ValueType.ARRAY;
        case "string" -> value.getValueType() == JsonValue.ValueType.STRING;
        case "integer" ->
            value.getValueType() == JsonValue.ValueType.NUMBER && ((JsonNumber) value).isIntegral();
        case "number" -> value.getValueType() == JsonValue.ValueType.NUMBER;
        case "boolean" ->
            value.getValueType() == JsonValue.ValueType.TRUE
                || value.getValueType() == JsonValue.ValueType.FALSE;
        case "null" -> value.getValueType() == JsonValue.ValueType.NULL;
        default -> false;
      };
    }
  }
}
