package fr.orthocab.support.api;

import fr.orthocab.support.platform.ClockProducer;
import fr.orthocab.support.policy.Decision;
import fr.orthocab.support.screening.TicketFlag;
import fr.orthocab.support.sla.SlaClock;
import fr.orthocab.support.sla.SlaEvent;
import fr.orthocab.support.ticket.Message;
import fr.orthocab.support.ticket.Ticket;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * A ticket as the API shows it: its state, who asked, the decisions taken under the policy, the
 * flags raised for agents (external product, offensive language, probable duplicate), the original
 * a merged ticket points to, the whole thread, and its SLA clock. Instants are ISO-8601 in Paris
 * time, with their offset.
 */
final class TicketJson {
  private TicketJson() {}

  static JsonObject of(
      Ticket ticket,
      List<Decision> decisions,
      List<TicketFlag> flags,
      List<Message> messages,
      SlaClock clock,
      List<SlaEvent> slaEvents,
      Map<Long, String> mergedFrom) {
    JsonArrayBuilder decided = ApiJson.array();
    for (Decision d : decisions) {
      decided.add(
          ApiJson.object()
              .add("clause", d.getClause().id())
              .add("outcome", d.getOutcome().name())
              .add("policyVersion", orEmpty(d.getPolicyLabel()))
              .add("decidedBy", d.getDecidedBy())
              .add("decidedAt", instant(d.getDecidedAt()))
              .add("detail", orEmpty(d.getDetail())));
    }
    JsonArrayBuilder flagged = ApiJson.array();
    for (TicketFlag f : flags) {
      JsonObjectBuilder flag =
          ApiJson.object()
              .add("kind", f.getKind().name())
              .add("clause", f.getKind().clause().id())
              .add("detail", orEmpty(f.getDetail()))
              .add("raisedBy", f.getRaisedBy())
              .add("raisedAt", instant(f.getRaisedAt()))
              .add("cleared", f.isCleared());
      if (f.isCleared()) {
        flag.add("clearedBy", f.getClearedBy()).add("clearedAt", instant(f.getClearedAt()));
      }
      flagged.add(flag);
    }
    JsonArrayBuilder thread = ApiJson.array();
    for (Message m : messages) {
      thread.add(
          ApiJson.object()
              .add("authorKind", m.getAuthorKind().name())
              .add("authorName", orEmpty(m.getAuthorName()))
              .add("visibility", m.getVisibility().name())
              .add("body", m.getBody())
              .add("createdAt", instant(m.getCreatedAt())));
    }
    JsonObjectBuilder json = ApiJson.object();
    // a request merged into another (DUP-COMMENT) names the original its thread moved to
    addIfPresent(
        json,
        "mergedInto",
        ticket.getMergedInto() == null ? null : ticket.getMergedInto().getReference());
    return json.add("reference", ticket.getReference())
        .add("status", ticket.getStatus().name())
        .add("priority", ticket.getPriority().name())
        .add("category", ApiCategory.of(ticket.getCategory()).name())
        .add("channel", ticket.getChannel().name())
        .add("subject", ticket.getSubject())
        .add("receivedAt", instant(ticket.getReceivedAt()))
        .add("version", ticket.getVersion())
        .add("customer", requester(ticket))
        .add("assignee", assignee(ticket))
        .add("flags", flagged)
        .add("decisions", decided)
        .add("sla", SlaJson.of(clock, slaEvents, mergedFrom))
        .add("messages", thread)
        .build();
  }

  private static JsonValue assignee(Ticket ticket) {
    if (ticket.getAssignee() == null) {
      return JsonValue.NULL;
    }
    return ApiJson.object()
        .add("email", ticket.getAssignee().getEmail())
        .add("name", ticket.getAssignee().getDisplayName())
        .build();
  }

  private static JsonObjectBuilder requester(Ticket ticket) {
    JsonObjectBuilder who = ApiJson.object();
    if (ticket.isIdentified()) {
      return who.add("email", ticket.getCustomer().getEmail())
          .add("surname", ticket.getCustomer().getSurname())
          .add("firstName", ticket.getCustomer().getFirstName())
          .add("identified", true);
    }
    who.add("email", ticket.getSenderEmail());
    addIfPresent(who, "surname", ticket.getSenderSurname());
    addIfPresent(who, "firstName", ticket.getSenderFirstName());
    return who.add("identified", false);
  }

  private static void addIfPresent(JsonObjectBuilder json, String name, String value) {
    if (value == null) {
      json.addNull(name);
    } else {
      json.add(name, value);
    }
  }

  static String instant(Instant at) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
        at.truncatedTo(ChronoUnit.MILLIS).atZone(ClockProducer.PARIS));
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
