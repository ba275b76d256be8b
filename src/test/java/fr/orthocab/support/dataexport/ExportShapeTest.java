package fr.orthocab.support.dataexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.fge.jsonschema.core.report.ProcessingReport;
import com.github.fge.jsonschema.main.JsonSchema;
import com.github.fge.jsonschema.main.JsonSchemaFactory;
import fr.orthocab.support.dataexport.CustomerExportIT.ExportShape;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The export's JSON Schema is a valid draft-04 schema, and the checker the in-container test uses
 * ({@link ExportShape}) says what a real validator says, on a fitting document and on ones that
 * break it one way each.
 */
class ExportShapeTest {
  private static final String FITTING =
      """
      {"format":"orthocab-customer-export","version":1,"exportedAt":"2026-12-08T09:30:00Z",
       "profile":{"id":7,"surname":"Martin","firstName":"Claire","email":"c@example.fr",
         "language":"fr","customerSince":"2026-01-02T08:00:00Z","mailAcknowledgements":true,
         "mailSatisfaction":false,"mailLinksOnly":null},
       "subscriptions":[{"pack":"FREE","packName":"Gratuit","periodStart":"2026-01-01",
         "periodEnd":"2026-12-31","cancelledAt":null}],
       "requests":[{"reference":"OC-12","subject":"Agenda","category":"OTHER","channel":"PORTAL",
         "status":"REFUSED","priority":"NORMAL","receivedAt":"2026-02-01T10:00:00Z",
         "resolvedAt":null,
         "messages":[{"author":"CUSTOMER","authorName":"Claire Martin","visibility":"PUBLIC",
           "body":"Bonjour","createdAt":"2026-02-01T10:00:00Z",
           "files":[{"name":"bilan.pdf","contentType":"application/pdf","sizeBytes":42,
             "path":"files/OC-12/f50-bilan.pdf"}]}],
         "decisions":[{"clause":"R2","policy":"1","outcome":"REFUSED","decidedBy":"Lucie",
           "decidedAt":"2026-02-01T11:00:00Z","detail":null}],
         "refusals":[{"clause":"R2","decidedBy":"Lucie","decidedAt":"2026-02-01T11:00:00Z",
           "explanation":"Trop","liftedAt":null}],
         "flags":[],"slaHistory":[{"cycle":1,"event":"OBJECTIVE_MET",
           "startedAt":"2026-02-01T10:00:00Z","objectiveDueAt":"2026-02-01T12:00:00Z",
           "deadlineDueAt":"2026-02-02T10:00:00Z","occurredAt":"2026-02-01T11:00:00Z",
           "openingSeconds":3600}],
         "satisfaction":{"rating":"GOOD","comment":null,"ratedAt":"2026-02-03T10:00:00Z"}}],
       "mailsSent":[{"to":"c@example.fr","subject":"Re","body":"…","createdAt":"2026-02-01T11:00:00Z",
         "sentAt":null,"status":"PENDING"}],
       "mailsReceived":[{"from":"c@example.fr","subject":"Agenda","receivedAt":"2026-02-01T10:00:00Z",
         "text":"Bonjour","request":"OC-12","files":[]}]}
      """;

  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void theSchemaIsAValidDraft04SchemaAndTheFittingDocumentFitsForBoth() throws Exception {
    JsonNode schema = schemaNode();
    assertTrue(JsonSchemaFactory.byDefault().getSyntaxValidator().schemaIsValid(schema));
    assertTrue(realValidator().validate(mapper.readTree(FITTING)).isSuccess());
    assertEquals(List.of(), checker().problems(json(FITTING)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"version\":1|\"version\":2",
        "\"mailLinksOnly\":null|\"mailLinksOnly\":\"no\"",
        "\"resolvedAt\":null,|",
        "\"language\":\"fr\"|\"language\":\"de\"",
        "\"reference\":\"OC-12\"|\"reference\":\"12\"",
        "\"sizeBytes\":42|\"sizeBytes\":4.2",
        "\"sizeBytes\":42|\"sizeBytes\":-1",
        "\"path\":\"files/OC-12/f50-bilan.pdf\"|\"path\":\"../etc/passwd\"",
        "\"flags\":[]|\"flags\":{}",
        "\"satisfaction\":{\"rating\":\"GOOD\"|\"satisfaction\":{\"rating\":\"MEH\"",
        "\"status\":\"PENDING\"}|\"status\":\"PENDING\",\"extra\":1}",
        "\"periodStart\":\"2026-01-01\"|\"periodStart\":\"1er janvier\""
      })
  void aBrokenDocumentFailsForBoth(String change) throws Exception {
    String[] parts = change.split("\\|", -1);
    assertTrue(FITTING.contains(parts[0]), parts[0]);
    String broken = FITTING.replace(parts[0], parts[1]);
    ProcessingReport real = realValidator().validate(mapper.readTree(broken));
    assertFalse(real.isSuccess(), change);
    assertFalse(checker().problems(json(broken)).isEmpty(), change);
  }

  @Test
  void aFilesPathLosesWhatAZipReaderCouldTakeForAFolder() {
    assertEquals("files/OC-1/f3-bilan.pdf", ExportJson.path("OC-1", "f3", "bilan.pdf"));
    assertEquals("files/OC-1/f3-__x_y.pdf", ExportJson.path("OC-1", "f3", "../x/y.pdf"));
    assertEquals("files/OC-1/f3-C__a_b.txt", ExportJson.path("OC-1", "f3", "C:\\a\\b.txt"));
  }

  private JsonSchema realValidator() throws Exception {
    return JsonSchemaFactory.byDefault().getJsonSchema(schemaNode());
  }

  private JsonNode schemaNode() throws Exception {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(ExportShape.SCHEMA)) {
      return mapper.readTree(in);
    }
  }

  private ExportShape checker() throws Exception {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(ExportShape.SCHEMA)) {
      return new ExportShape(Json.createReader(in).readObject());
    }
  }

  private static JsonValue json(String text) {
    return Json.createReader(new StringReader(text)).readValue();
  }
}
