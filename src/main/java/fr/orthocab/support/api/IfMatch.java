package fr.orthocab.support.api;

import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketChangedMeanwhile;

/** The version a change expects: If-Match when given (a quoted ETag), else the current one. */
final class IfMatch {
  private IfMatch() {}

  static long expected(String ifMatch, long current, JsonInput in) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return current;
    }
    String tag = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
    try {
      return Long.parseLong(tag);
    } catch (NumberFormatException e) {
      in.reject("If-Match", "must be the ticket's ETag, e.g. \"3\"");
      return current;
    }
  }

  static void check(long expected, Ticket ticket) {
    if (expected != ticket.getVersion()) {
      throw new TicketChangedMeanwhile(ticket.getReference());
    }
  }
}
