package fr.orthocab.support.dataexport;

import fr.orthocab.support.attachment.MessageFile;
import fr.orthocab.support.mail.inbound.InboundAttachment;
import fr.orthocab.support.mail.inbound.InboundMail;
import fr.orthocab.support.sla.SlaEvent;
import fr.orthocab.support.ticket.Message;
import fr.orthocab.support.ticket.Ticket;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The export's JSON document, in the shape of {@code META-INF/customer-export.schema.json}: every
 * key always there (null when there is no value), instants in UTC (ISO 8601), closed sets by name;
 * and the files it names, each at the path it gives.
 */
final class ExportJson {
  static final String FORMAT = "orthocab-customer-export";
  static final int VERSION = 1;

  private final List<ExportFile> files = new ArrayList<>();
  private final JsonObject document;

  ExportJson(CustomerData data, Instant exportedAt) {
    Map<Long, List<MessageFile>> filesOfMessage =
        data.files().stream().collect(Collectors.groupingBy(f -> f.getMessage().getId()));
    Map<Long, List<InboundAttachment>> filesOfMail =
        data.mailedFiles().stream()
            .collect(Collectors.groupingBy(a -> a.getFile().getInboundMailId()));
    Map<Long, String> references =
        data.tickets().stream().collect(Collectors.toMap(Ticket::getId, Ticket::getReference));
    JsonArrayBuilder requests = Json.createArrayBuilder();
    for (Ticket ticket : data.tickets()) {
      long id = ticket.getId();
      requests.add(
          ExportRows.request(ticket)
              .add(
                  "messages",
                  array(
                      of(data.messages(), m -> m.getTicket().getId(), id),
                      m -> message(m, ticket, filesOfMessage.getOrDefault(m.getId(), List.of()))))
              .add(
                  "decisions",
                  array(of(data.decisions(), d -> d.getTicket().getId(), id), ExportRows::decision))
              .add(
                  "refusals",
                  array(of(data.refusals(), r -> r.getTicket().getId(), id), ExportRows::refusal))
              .add(
                  "flags",
                  array(of(data.flags(), f -> f.getTicket().getId(), id), ExportRows::flag))
              .add(
                  "slaHistory",
                  array(of(data.slaEvents(), SlaEvent::getTicketId, id), ExportRows::sla))
              .add(
                  "satisfaction",
                  orNull(
                      of(data.ratings(), s -> s.getTicket().getId(), id).stream()
                          .findFirst()
                          .map(ExportRows::satisfaction)
                          .orElse(null))));
    }
    document =
        Json.createObjectBuilder()
            .add("format", FORMAT)
            .add("version", VERSION)
            .add("exportedAt", ExportRows.instant(exportedAt))
            .add("profile", ExportRows.profile(data.customer()))
            .add("subscriptions", array(data.subscriptions(), ExportRows::subscription))
            .add("requests", requests)
            .add("mailsSent", array(data.mailsSent(), ExportRows::mailSent))
            .add(
                "mailsReceived",
                array(
                    data.mailsReceived(),
                    m ->
                        mailReceived(
                            m,
                            references.get(m.getTicketId()),
                            filesOfMail.getOrDefault(m.getId(), List.of()))))
            .build();
  }

  JsonObject document() {
    return document;
  }

  List<ExportFile> files() {
    return files;
  }

  private JsonObjectBuilder message(Message m, Ticket ticket, List<MessageFile> attached) {
    JsonArrayBuilder names = Json.createArrayBuilder();
    for (MessageFile f : attached) {
      String path =
          f.isPurged() ? null : path(ticket.getReference(), "f" + f.getId(), f.getFileName());
      if (path != null) {
        files.add(new ExportFile(path, f::getContent));
      }
      names.add(file(path, f.getFileName(), f.getContentType(), f.getSizeBytes()));
    }
    return Json.createObjectBuilder()
        .add("author", m.getAuthorKind().name())
        .add("authorName", ExportRows.text(m.getAuthorName()))
        .add("visibility", m.getVisibility().name())
        .add("body", m.getBody())
        .add("createdAt", ExportRows.instant(m.getCreatedAt()))
        .add("files", names);
  }

  private JsonObjectBuilder mailReceived(
      InboundMail m, String reference, List<InboundAttachment> attached) {
    JsonArrayBuilder names = Json.createArrayBuilder();
    for (InboundAttachment a : attached) {
      String folder = reference == null ? "mail-" + m.getId() : reference;
      String path = a.isPurged() ? null : path(folder, "m" + a.getId(), a.getFile().getFileName());
      if (path != null) {
        files.add(new ExportFile(path, a::getContent));
      }
      names.add(
          file(
              path,
              a.getFile().getFileName(),
              a.getFile().getContentType(),
              a.getFile().getSizeBytes()));
    }
    return Json.createObjectBuilder()
        .add("from", ExportRows.text(m.getFromAddress()))
        .add("subject", ExportRows.text(m.getSubject()))
        .add("receivedAt", ExportRows.instant(m.getReceivedAt()))
        .add("text", ExportRows.text(m.getStoredText()))
        .add("request", ExportRows.text(reference))
        .add("files", names);
  }

  /** A file's path in the ZIP is null once its content was deleted after its retention period. */
  private static JsonObjectBuilder file(String path, String name, String type, long size) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("contentType", type)
        .add("sizeBytes", size)
        .add("path", ExportRows.text(path));
  }

  /**
   * {@code files/<folder>/<id>-<name>}: the id keeps two files of the same name apart, and the name
   * loses what a ZIP reader could take for a folder or a drive.
   */
  static String path(String folder, String id, String name) {
    String safe = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").replaceAll("^\\.+", "_");
    return "files/" + folder + "/" + id + "-" + safe;
  }

  private static <T> List<T> of(List<T> rows, Function<T, Long> ticketOf, long ticketId) {
    return rows.stream().filter(r -> ticketOf.apply(r) == ticketId).toList();
  }

  private static <T> JsonArrayBuilder array(List<T> rows, Function<T, JsonObjectBuilder> json) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    rows.forEach(r -> array.add(json.apply(r)));
    return array;
  }

  private static JsonValue orNull(JsonObjectBuilder json) {
    return json == null ? JsonValue.NULL : json.build();
  }
}
