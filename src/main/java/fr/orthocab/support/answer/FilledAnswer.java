package fr.orthocab.support.answer;

import fr.orthocab.support.ticket.TicketStatus;

/** A canned answer made for one request: its text in the requester's language, and its action. */
public record FilledAnswer(
    long answerId, String title, String text, TicketStatus statusAfter, String internalNote) {
  public boolean hasAction() {
    return statusAfter != null || internalNote != null;
  }
}
