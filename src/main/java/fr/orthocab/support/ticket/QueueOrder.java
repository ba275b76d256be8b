package fr.orthocab.support.ticket;

/**
 * The orders the queue can be sorted in, each a fixed JPQL fragment (never built from user text).
 * {@link #WORK} is the default: priority first, then the nearest due instant (the objective of the
 * oldest message awaiting a reply, which the ticket keeps for its running SLA clock: {@link
 * Ticket#getReplyDueAt}), then the oldest; an index serves it (changelog 0054).
 */
public enum QueueOrder {
  WORK(
      "t.priorityRank %1$s, t.replyDueAt %1$s nulls last,"
          + " t.awaitingReplySince %1$s nulls last, t.receivedAt %1$s"),
  DUE("t.replyDueAt %1$s nulls last, t.priorityRank asc"),
  /** Priority alone, the nearest due instant first within one. */
  PRIORITY("t.priorityRank %1$s, t.replyDueAt asc nulls last, t.receivedAt asc"),
  REFERENCE("t.id %s"),
  SUBJECT("t.subject %s"),
  CUSTOMER("c.surname %1$s, c.firstName %1$s"),
  STATUS("t.status %s"),
  CATEGORY("t.category %s"),
  RECEIVED("t.receivedAt %1$s, t.id %1$s"),
  LAST_ACTIVITY("t.lastActivityAt %s"),
  AWAITING("t.awaitingReplySince %s nulls last"),
  /**
   * Best match of the words first ({@link TicketQueue} ranks them); without words, the order of
   * {@link #WORK}.
   */
  RELEVANCE(
      "t.priorityRank %1$s, t.replyDueAt %1$s nulls last,"
          + " t.awaitingReplySince %1$s nulls last, t.receivedAt %1$s");

  private final String template;

  QueueOrder(String template) {
    this.template = template;
  }

  String orderBy(boolean ascending) {
    return String.format(template, ascending ? "asc" : "desc") + ", t.id asc";
  }
}
