package fr.orthocab.support.dataexport;

import fr.orthocab.support.attachment.MessageFile;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.mail.inbound.InboundAttachment;
import fr.orthocab.support.mail.inbound.InboundMail;
import fr.orthocab.support.mail.outbox.OutboxMessage;
import fr.orthocab.support.policy.Decision;
import fr.orthocab.support.refusal.Refusal;
import fr.orthocab.support.satisfaction.SatisfactionRating;
import fr.orthocab.support.screening.TicketFlag;
import fr.orthocab.support.sla.SlaEvent;
import fr.orthocab.support.subscription.Subscription;
import fr.orthocab.support.ticket.Message;
import fr.orthocab.support.ticket.Ticket;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
          request(ticket)
              .add(
                  "messages",
                  array(
                      of(data.messages(), m -> m.getTicket().getId(), id),
                      m -> message(m, ticket, filesOfMessage.getOrDefault(m.getId(), List.of()))))
              .add(
                  "decisions",
                  array(of(data.decisions(), d -> d.getTicket().getId(), id), ExportJson::decision))
              .add(
                  "refusals",
                  array(of(data.refusals(), r -> r.getTicket().getId(), id), ExportJson::refusal))
              .add(
                  "flags",
                  array(of(data.flags(), f -> f.getTicket().getId(), id), ExportJson::flag))
              .add(
                  "slaHistory",
                  array(of(data.slaEvents(), SlaEvent::getTicketId, id), ExportJson::sla))
              .add(
                  "satisfaction",
                  orNull(
                      of(data.ratings(), s -> s.getTicket().getId(), id).stream()
                          .findFirst()
                          .map(ExportJson::satisfaction)
                          .orElse(null))));
    }
    document =
        Json.createObjectBuilder()
            .add("format", FORMAT)
            .add("version", VERSION)
            .add("exportedAt", instant(exportedAt))
            .add("profile", profile(data.customer()))
            .add("subscriptions", array(data.subscriptions(), ExportJson::subscription))
            .add("requests", requests)
            .add("mailsSent", array(data.mailsSent(), ExportJson::mailSent))
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

  private static JsonObjectBuilder profile(Customer c) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", c.getId())
            .add("surname", c.getSurname())
            .add("firstName", c.getFirstName())
            .add("email", c.getEmail())
            .add("language", c.getLanguage().name().toLowerCase(Locale.ROOT))
            .add("customerSince", instant(c.getCreatedAt()))
            .add("mailAcknowledgements", c.isMailAcknowledgements())
            .add("mailSatisfaction", c.isMailSatisfaction());
    if (c.getMailLinksOnly() == null) {
      json.addNull("mailLinksOnly");
    } else {
      json.add("mailLinksOnly", c.getMailLinksOnly());
    }
    return json;
  }

  private static JsonObjectBuilder subscription(Subscription s) {
    return Json.createObjectBuilder()
        .add("pack", s.getPack().getCode())
        .add("packName", s.getPack().getNameFr())
        .add("periodStart", s.getPeriodStart().toString())
        .add("periodEnd", s.getPeriodEnd().toString())
        .add("cancelledAt", instant(s.getCancelledAt()));
  }

  private static JsonObjectBuilder request(Ticket t) {
    return Json.createObjectBuilder()
        .add("reference", t.getReference())
        .add("subject", t.getSubject())
        .add("category", t.getCategory().name())
        .add("channel", t.getChannel().name())
        .add("status", t.getStatus().name())
        .add("priority", t.getPriority().name())
        .add("receivedAt", instant(t.getReceivedAt()))
        .add("resolvedAt", instant(t.getResolvedAt()));
  }

  private JsonObjectBuilder message(Message m, Ticket ticket, List<MessageFile> attached) {
    JsonArrayBuilder names = Json.createArrayBuilder();
    for (MessageFile f : attached) {
      String path = path(ticket.getReference(), "f" + f.getId(), f.getFileName());
      files.add(new ExportFile(path, f::getContent));
      names.add(file(path, f.getFileName(), f.getContentType(), f.getSizeBytes()));
    }
    return Json.createObjectBuilder()
        .add("author", m.getAuthorKind().name())
        .add("authorName", text(m.getAuthorName()))
        .add("visibility", m.getVisibility().name())
        .add("body", m.getBody())
        .add("createdAt", instant(m.getCreatedAt()))
        .add("files", names);
  }

  private static JsonObjectBuilder decision(Decision d) {
    return Json.createObjectBuilder()
        .add("clause", d.getClause().getId())
        .add("policy", text(d.getPolicyLabel()))
        .add("outcome", d.getOutcome().name())
        .add("decidedBy", text(d.getDecidedBy()))
        .add("decidedAt", instant(d.getDecidedAt()))
        .add("detail", text(d.getDetail()));
  }

  private static JsonObjectBuilder refusal(Refusal r) {
    return Json.createObjectBuilder()
        .add("clause", r.getClause().getId())
        .add("decidedBy", text(r.getDecidedByName()))
        .add("decidedAt", instant(r.getDecidedAt()))
        .add("explanation", text(r.getExplanation()))
        .add("liftedAt", instant(r.getLiftedAt()));
  }

  private static JsonObjectBuilder flag(TicketFlag f) {
    return Json.createObjectBuilder()
        .add("kind", f.getKind().name())
        .add("detail", text(f.getDetail()))
        .add("raisedBy", text(f.getRaisedBy()))
        .add("raisedAt", instant(f.getRaisedAt()))
        .add("clearedAt", instant(f.getClearedAt()));
  }

  private static JsonObjectBuilder sla(SlaEvent e) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("cycle", e.getCycle())
            .add("event", e.getKind().name())
            .add("startedAt", instant(e.getStartedAt()))
            .add("objectiveDueAt", instant(e.getObjectiveDueAt()))
            .add("deadlineDueAt", instant(e.getDeadlineDueAt()))
            .add("occurredAt", instant(e.getOccurredAt()));
    if (e.getOpeningSeconds() == null) {
      json.addNull("openingSeconds");
    } else {
      json.add("openingSeconds", e.getOpeningSeconds());
    }
    return json;
  }

  private static JsonObjectBuilder satisfaction(SatisfactionRating s) {
    return Json.createObjectBuilder()
        .add("rating", s.getRating().name())
        .add("comment", text(s.getComment()))
        .add("ratedAt", instant(s.getRatedAt()));
  }

  private static JsonObjectBuilder mailSent(OutboxMessage o) {
    return Json.createObjectBuilder()
        .add("to", o.getRecipientEmail())
        .add("subject", text(o.getSubject()))
        .add("body", text(o.getBody()))
        .add("createdAt", instant(o.getCreatedAt()))
        .add("sentAt", instant(o.getSentAt()))
        .add("status", o.getStatus().name());
  }

  private JsonObjectBuilder mailReceived(
      InboundMail m, String reference, List<InboundAttachment> attached) {
    JsonArrayBuilder names = Json.createArrayBuilder();
    for (InboundAttachment a : attached) {
      String folder = reference == null ? "mail-" + m.getId() : reference;
      String path = path(folder, "m" + a.getId(), a.getFile().getFileName());
      files.add(new ExportFile(path, a::getContent));
      names.add(
          file(
              path,
              a.getFile().getFileName(),
              a.getFile().getContentType(),
              a.getFile().getSizeBytes()));
    }
    return Json.createObjectBuilder()
        .add("from", text(m.getFromAddress()))
        .add("subject", text(m.getSubject()))
        .add("receivedAt", instant(m.getReceivedAt()))
        .add("text", text(m.getStoredText()))
        .add("request", text(reference))
        .add("files", names);
  }

  private static JsonObjectBuilder file(String path, String name, String type, long size) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("contentType", type)
        .add("sizeBytes", size)
        .add("path", path);
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

  private static JsonValue text(String value) {
    return value == null ? JsonValue.NULL : Json.createValue(value);
  }

  private static JsonValue instant(Instant at) {
    return at == null
        ? JsonValue.NULL
        : Json.createValue(at.truncatedTo(ChronoUnit.MILLIS).toString());
  }
}
