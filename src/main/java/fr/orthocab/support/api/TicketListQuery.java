package fr.orthocab.support.api;

import fr.orthocab.support.ticket.TicketStatus;
import jakarta.json.JsonObject;

/** Reads the list's parameters, all checked at once. */
record TicketListQuery(String email, TicketStatus status, int page, int size) {
  static TicketListQuery parse(String email, String status, String page, String size, int maxSize) {
    JsonObject given =
        ApiJson.object()
            .add("customerEmail", email == null ? "" : email)
            .add("status", status == null ? "" : status)
            .build();
    JsonInput in = JsonInput.of(given);
    String parsedEmail = in.email("customerEmail", false);
    TicketStatus parsedStatus = in.oneOf("status", TicketStatus.class, false);
    int parsedPage = in.number("page", page, 0, 0, Integer.MAX_VALUE / maxSize);
    int parsedSize = in.number("size", size, 20, 1, maxSize);
    in.check();
    return new TicketListQuery(parsedEmail, parsedStatus, parsedPage, parsedSize);
  }
}
