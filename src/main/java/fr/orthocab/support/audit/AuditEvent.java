package fr.orthocab.support.audit;

import fr.orthocab.support.platform.Clip;
import java.util.Objects;

/**
 * What happened, as the code that did it tells {@link AuditTrail#record}: the action, who did it
 * (their account's id when they have one, and how they read now: name and email, "API : token", or
 * the desk), on which ticket or customer if any, a short detail ("OPEN → RESOLVED") and the client
 * address of the request. Texts too long for their column are clipped rather than refused: the
 * trail must never stop the change it records.
 */
public record AuditEvent(
    AuditAction action,
    Long actorAccountId,
    String actor,
    Long ticketId,
    Long customerId,
    String detail,
    String clientAddress) {
  public static final int MAX_ACTOR = 320;
  public static final int MAX_DETAIL = 500;
  public static final int MAX_CLIENT_ADDRESS = 64;

  public AuditEvent {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(actor, "actor");
    if (actor.isBlank()) {
      throw new IllegalArgumentException("An audit entry needs an actor");
    }
    actor = Clip.marked(actor.strip(), MAX_ACTOR);
    detail = detail == null || detail.isBlank() ? null : Clip.marked(detail.strip(), MAX_DETAIL);
    clientAddress =
        clientAddress == null || clientAddress.isBlank()
            ? null
            : Clip.to(clientAddress.strip(), MAX_CLIENT_ADDRESS);
  }
}
