package fr.orthocab.support.dataexport;

import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.mail.outbox.OutboxMessage;
import fr.orthocab.support.policy.Decision;
import fr.orthocab.support.refusal.Refusal;
import fr.orthocab.support.satisfaction.SatisfactionRating;
import fr.orthocab.support.screening.TicketFlag;
import fr.orthocab.support.sla.SlaEvent;
import fr.orthocab.support.subscription.Subscription;
import fr.orthocab.support.ticket.Ticket;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** One row of the customer's data as the export writes it: see {@link ExportJson}. */
final class ExportRows {
  private ExportRows() {}

  static JsonObjectBuilder profile(Customer c) {
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

  static JsonObjectBuilder subscription(Subscription s) {
    return Json.createObjectBuilder()
        .add("pack", s.getPack().getCode())
        .add("packName", s.getPack().getNameFr())
        .add("periodStart", s.getPeriodStart().toString())
        .add("periodEnd", s.getPeriodEnd().toString())
        .add("cancelledAt", instant(s.getCancelledAt()));
  }

  static JsonObjectBuilder request(Ticket t) {
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

  static JsonObjectBuilder decision(Decision d) {
    return Json.createObjectBuilder()
        .add("clause", d.getClause().getId())
        .add("policy", text(d.getPolicyLabel()))
        .add("outcome", d.getOutcome().name())
        .add("decidedBy", text(d.getDecidedBy()))
        .add("decidedAt", instant(d.getDecidedAt()))
        .add("detail", text(d.getDetail()));
  }

  static JsonObjectBuilder refusal(Refusal r) {
    return Json.createObjectBuilder()
        .add("clause", r.getClause().getId())
        .add("decidedBy", text(r.getDecidedByName()))
        .add("decidedAt", instant(r.getDecidedAt()))
        .add("explanation", text(r.getExplanation()))
        .add("liftedAt", instant(r.getLiftedAt()));
  }

  static JsonObjectBuilder flag(TicketFlag f) {
    return Json.createObjectBuilder()
        .add("kind", f.getKind().name())
        .add("detail", text(f.getDetail()))
        .add("raisedBy", text(f.getRaisedBy()))
        .add("raisedAt", instant(f.getRaisedAt()))
        .add("clearedAt", instant(f.getClearedAt()));
  }

  static JsonObjectBuilder sla(SlaEvent e) {
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

  static JsonObjectBuilder satisfaction(SatisfactionRating s) {
    return Json.createObjectBuilder()
        .add("rating", s.getRating().name())
        .add("comment", text(s.getComment()))
        .add("ratedAt", instant(s.getRatedAt()));
  }

  static JsonObjectBuilder mailSent(OutboxMessage o) {
    return Json.createObjectBuilder()
        .add("to", o.getRecipientEmail())
        .add("subject", text(o.getSubject()))
        .add("body", text(o.getBody()))
        .add("createdAt", instant(o.getCreatedAt()))
        .add("sentAt", instant(o.getSentAt()))
        .add("status", o.getStatus().name());
  }

  static JsonValue text(String value) {
    return value == null ? JsonValue.NULL : Json.createValue(value);
  }

  static JsonValue instant(Instant at) {
    return at == null
        ? JsonValue.NULL
        : Json.createValue(at.truncatedTo(ChronoUnit.MILLIS).toString());
  }
}
