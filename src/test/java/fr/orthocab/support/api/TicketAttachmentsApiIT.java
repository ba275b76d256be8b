package fr.orthocab.support.api;

import static fr.orthocab.support.testing.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.ApiClient;
import fr.orthocab.support.testing.Browser;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code POST /api/tickets/{reference}/attachments}: every answer it gives, held to the OpenAPI
 * document (the validator reads no binary multipart body, so only the answers are checked). All or
 * none: after each refusal the ticket's thread is as it was.
 */
@ExtendWith(SharedDesk.class)
class TicketAttachmentsApiIT {
  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
  };
  private static final byte[] HTML =
      "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

  private final DeskServer desk;
  private final ApiClient api;
  private final String unique = UUID.randomUUID().toString().substring(0, 8);
  private final String boundary = "----orthocab" + unique;

  TicketAttachmentsApiIT(DeskServer desk) {
    this.desk = desk;
    this.api = new ApiClient(desk, Demo.API_TOKEN);
  }

  @Test
  void filesBecomeOneCustomerMessageAndEveryRefusalSavesNothing() throws IOException {
    String reference = openTicket("Fichiers API");
    String path = "/api/tickets/" + reference + "/attachments";
    try {
      int messages = messages(reference);

      HttpResponse<String> created =
          send(
              path,
              multipart(
                  part("body", null, "Voici la capture et le compte rendu.".getBytes()),
                  part("file", "capture.png", PNG),
                  part("file", "compte-rendu.pdf", PDF)));
      assertEquals(201, created.statusCode(), created.body());
      assertEquals("/api/tickets/" + reference, created.headers().firstValue("Location").get());
      JsonObject answer = json(created);
      assertEquals(reference, answer.getString("reference"));
      List<String> types =
          answer.getJsonArray("files").stream()
              .map(f -> f.asJsonObject().getString("contentType"))
              .toList();
      assertEquals(List.of("image/png", "application/pdf"), types);
      assertEquals(messages + 1, messages(reference), "one customer message");

      assertProblem(send(path, "pas du multipart".getBytes(), "text/plain"), 415);
      assertProblem(
          send(path, "aucune partie".getBytes(), "multipart/form-data; boundary=" + boundary), 400);
      assertProblem(send(path, multipart(part("body", null, "Rien".getBytes()))), 422);
      byte[][] six = new byte[6][];
      for (int i = 0; i < 6; i++) {
        six[i] = part("file", i + ".pdf", PDF);
      }
      assertProblem(send(path, multipart(six)), 422);
      assertProblem(send(path, multipart(part("file", "vide.pdf", new byte[0]))), 422);
      HttpResponse<String> renamed =
          send(path, multipart(part("file", "ok.pdf", PDF), part("file", "capture.png", HTML)));
      assertProblem(renamed, 415);
      assertEquals(
          "capture.png",
          json(renamed).getJsonArray("errors").getJsonObject(0).getString("field"),
          "the refused file named");
      HttpResponse<String> large =
          send(path, multipart(part("file", "gros.pdf", padded(PDF, 11 * 1024 * 1024))));
      assertProblem(large, 413);
      assertEquals(
          "gros.pdf", json(large).getJsonArray("errors").getJsonObject(0).getString("field"));
      HttpResponse<String> huge =
          api.malformed()
              .send(
                  api.base(path)
                      .expectContinue(true)
                      .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                      .POST(
                          HttpRequest.BodyPublishers.ofByteArray(
                              multipart(
                                  part("file", "enorme.pdf", padded(PDF, 20 * 1024 * 1024))))));
      assertProblem(huge, 413);
      assertTrue(json(huge).getString("detail").contains("request body"), "refused before read");
      assertEquals(messages + 1, messages(reference), "nothing saved by any refusal");

      assertProblem(
          send("/api/tickets/OC-999999999/attachments", multipart(part("file", "a.pdf", PDF))),
          404);
      HttpResponse<String> anonymous =
          new ApiClient(desk, null)
              .malformed()
              .send(
                  new ApiClient(desk, null)
                      .base(path)
                      .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                      .POST(
                          HttpRequest.BodyPublishers.ofByteArray(
                              multipart(part("file", "a.pdf", PDF)))));
      assertEquals(401, anonymous.statusCode());

      api.post("/api/tickets/" + reference + "/status", "{\"status\":\"CLOSED\"}");
      assertProblem(send(path, multipart(part("file", "tard.pdf", PDF))), 409);
    } finally {
      api.post("/api/tickets/" + reference + "/status", "{\"status\":\"CLOSED\"}");
    }
  }

  @Test
  void aReadOnlyTokenCannotSendFiles() {
    String reference = openTicket("Fichiers lecture seule");
    try (Browser nadia = new Browser(desk, "attachments-token")) {
      nadia.login(Demo.NADIA, Demo.PASSWORD);
      nadia.open("/admin/tokens/list.xhtml");
      nadia.type("#create\\:name", "Lecture " + unique);
      nadia.choose("create:scope", "Lecture seule");
      nadia.clickAndWait("#create\\:submit");
      String token = nadia.find("#token").getText();
      ApiClient reader = new ApiClient(desk, token).malformed();
      HttpResponse<String> refused =
          reader.send(
              reader
                  .base("/api/tickets/" + reference + "/attachments")
                  .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                  .POST(
                      HttpRequest.BodyPublishers.ofByteArray(
                          multipart(part("file", "a.pdf", PDF)))));
      assertProblem(refused, 403);
    } finally {
      api.post("/api/tickets/" + reference + "/status", "{\"status\":\"CLOSED\"}");
    }
  }

  private HttpResponse<String> send(String path, byte[] body) {
    return send(path, body, "multipart/form-data; boundary=" + boundary);
  }

  private HttpResponse<String> send(String path, byte[] body, String type) {
    return api.malformed()
        .send(
            api.base(path)
                .header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"),
        response.headers().map().toString());
  }

  private int messages(String reference) {
    return json(api.get("/api/tickets/" + reference)).getJsonArray("messages").size();
  }

  private byte[] part(String name, String fileName, byte[] content) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      String head =
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\""
              + name
              + "\""
              + (fileName == null ? "" : "; filename=\"" + fileName + "\"")
              + "\r\nContent-Type: "
              + (fileName == null ? "text/plain; charset=UTF-8" : "image/png")
              + "\r\n\r\n";
      out.write(head.getBytes(StandardCharsets.UTF_8));
      out.write(content);
      out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private byte[] multipart(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  private static byte[] padded(byte[] start, int size) {
    byte[] bytes = new byte[size];
    System.arraycopy(start, 0, bytes, 0, start.length);
    java.util.Arrays.fill(bytes, start.length, size, (byte) ' ');
    return bytes;
  }

  /** Dated 61 days back, out of the other tests' 24-hour quota windows. */
  private String openTicket(String subject) {
    String earlier =
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            OffsetDateTime.now(ZoneOffset.UTC).minusDays(61).withNano(0));
    return json(api.post(
            "/api/tickets",
            "{\"customerEmail\":\""
                + Demo.JULIEN
                + "\",\"subject\":\""
                + subject
                + " "
                + unique
                + "\",\"body\":\"Je vous envoie des fichiers.\",\"receivedAt\":\""
                + earlier
                + "\"}"))
        .getString("reference");
  }
}
