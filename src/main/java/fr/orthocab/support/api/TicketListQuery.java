package fr.orthocab.support.api;

import fr.orthocab.support.ticket.QueueFilter;
import fr.orthocab.support.ticket.QueueFilter.AssigneeFilter;
import fr.orthocab.support.ticket.TicketStatus;
import jakarta.json.JsonObject;
import java.util.Set;

/**
 * Reads the list's parameters, all checked at once: {@code assignee} is a team member's email or
 * {@code none} (unassigned), {@code q} words as agents type them.
 */
record TicketListQuery(
    String email, TicketStatus status, String words, AssigneeFilter assignee, int page, int size) {
  static final int MAX_WORDS = 200;
  static final String NOBODY = "none";

  static TicketListQuery parse(
      String email,
      String status,
      String words,
      String assignee,
      String page,
      String size,
      int maxSize) {
    JsonObject given =
        ApiJson.object()
            .add("customerEmail", email == null ? "" : email)
            .add("status", status == null ? "" : status)
            .add("q", words == null ? "" : words)
            .add("assignee", assignee == null || NOBODY.equals(assignee.strip()) ? "" : assignee)
            .build();
    JsonInput in = JsonInput.of(given);
    String parsedEmail = in.email("customerEmail", false);
    TicketStatus parsedStatus = in.oneOf("status", TicketStatus.class, false);
    String parsedWords = in.text("q", false, MAX_WORDS);
    String assigneeEmail = in.email("assignee", false);
    int parsedPage = in.number("page", page, 0, 0, Integer.MAX_VALUE / maxSize);
    int parsedSize = in.number("size", size, 20, 1, maxSize);
    in.check();
    AssigneeFilter parsedAssignee =
        assigneeEmail != null
            ? AssigneeFilter.agent(assigneeEmail)
            : assignee != null && NOBODY.equals(assignee.strip()) ? AssigneeFilter.nobody() : null;
    return new TicketListQuery(
        parsedEmail, parsedStatus, parsedWords, parsedAssignee, parsedPage, parsedSize);
  }

  QueueFilter filter() {
    return new QueueFilter(
        status == null ? Set.of() : Set.of(status),
        null,
        words,
        email,
        assignee,
        null,
        null,
        null,
        null);
  }
}
