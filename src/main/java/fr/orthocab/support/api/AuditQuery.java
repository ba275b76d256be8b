package fr.orthocab.support.api;

import fr.orthocab.support.audit.AuditAction;
import fr.orthocab.support.audit.AuditCursor;
import fr.orthocab.support.audit.AuditFilter;
import fr.orthocab.support.ticket.Ticket;
import jakarta.json.JsonObjectBuilder;
import java.time.OffsetDateTime;
import java.util.Locale;

/** Reads the audit list's query parameters, all checked at once. */
record AuditQuery(AuditFilter filter, AuditCursor before, int size) {
  static final int DEFAULT_SIZE = 50;

  static AuditQuery parse(
      String since,
      String until,
      String actor,
      String action,
      String ticket,
      String customer,
      String before,
      String size,
      int maxSize) {
    JsonObjectBuilder given = ApiJson.object();
    add(given, "since", since);
    add(given, "until", until);
    add(given, "actor", actor);
    add(given, "action", action);
    JsonInput in = JsonInput.of(given.build());
    OffsetDateTime from = in.instant("since");
    OffsetDateTime to = in.instant("until");
    String actorText = in.text("actor", false, 100);
    AuditAction parsedAction = in.oneOf("action", AuditAction.class, false);
    Long ticketId = ticketId(ticket, in);
    int customerId = in.number("customer", customer, 0, 1, Integer.MAX_VALUE);
    int parsedSize = in.number("size", size, DEFAULT_SIZE, 1, maxSize);
    AuditCursor cursor = null;
    if (before != null && !before.isBlank()) {
      try {
        cursor = AuditCursor.parse(before.strip());
      } catch (IllegalArgumentException e) {
        in.reject("before", "must be the next cursor of a previous page");
      }
    }
    if (from != null && to != null && !from.isBefore(to)) {
      in.reject("until", "must come after since");
    }
    in.check();
    return new AuditQuery(
        new AuditFilter(
            from == null ? null : from.toInstant(),
            to == null ? null : to.toInstant(),
            null,
            actorText,
            parsedAction,
            ticketId,
            customerId == 0 ? null : (long) customerId),
        cursor,
        parsedSize);
  }

  private static void add(JsonObjectBuilder given, String name, String value) {
    if (value != null) {
      given.add(name, value);
    }
  }

  /** A ticket's reference ("OC-1042"): its id after the prefix. */
  private static Long ticketId(String reference, JsonInput in) {
    if (reference == null || reference.isBlank()) {
      return null;
    }
    String upper = reference.strip().toUpperCase(Locale.ROOT);
    if (upper.startsWith(Ticket.REFERENCE_PREFIX)) {
      try {
        long id = Long.parseLong(upper.substring(Ticket.REFERENCE_PREFIX.length()));
        if (id > 0) {
          return id;
        }
      } catch (NumberFormatException e) {
        // reported below, as every other invalid parameter
      }
    }
    in.reject("ticket", "must be a ticket's reference, e.g. OC-1042");
    return null;
  }
}
