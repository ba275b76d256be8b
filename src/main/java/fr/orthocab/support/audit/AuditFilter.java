package fr.orthocab.support.audit;

import java.time.Instant;

/**
 * Which entries to read; a null part does not filter. {@code since} is inclusive and {@code until}
 * exclusive; {@code actorText} matches part of the actor's name or email, whatever the case.
 */
public record AuditFilter(
    Instant since,
    Instant until,
    Long actorAccountId,
    String actorText,
    AuditAction action,
    Long ticketId,
    Long customerId) {
  public AuditFilter {
    actorText = actorText == null || actorText.isBlank() ? null : actorText.strip();
    if (since != null && until != null && !since.isBefore(until)) {
      throw new IllegalArgumentException("since must come before until");
    }
  }

  /** Every entry. */
  public static AuditFilter none() {
    return new AuditFilter(null, null, null, null, null, null, null);
  }

  public static AuditFilter ofTicket(long ticketId) {
    return new AuditFilter(null, null, null, null, null, ticketId, null);
  }

  public static AuditFilter ofCustomer(long customerId) {
    return new AuditFilter(null, null, null, null, null, null, customerId);
  }
}
