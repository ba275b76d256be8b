package fr.orthocab.support.sla.report;

import java.time.Instant;

/**
 * A ticket whose running reply clock passed its contractual deadline (DELAY-MAX) without a reply.
 *
 * @param pack code of the pack whose policy the clock follows, null for the default policy
 */
public record BreachedTicket(
    long ticketId,
    String reference,
    String subject,
    String requester,
    String pack,
    Instant deadline) {
  public long getTicketId() {
    return ticketId;
  }

  public String getReference() {
    return reference;
  }

  public String getSubject() {
    return subject;
  }

  public String getRequester() {
    return requester;
  }

  public String getPack() {
    return pack;
  }

  public Instant getDeadline() {
    return deadline;
  }
}
