package fr.orthocab.support.ticket;

import fr.orthocab.support.platform.Clip;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A customer's new request as it reaches the desk, whatever its channel. */
public record NewRequest(
    long customerId,
    @NotBlank @Size(max = 200) String subject,
    @NotNull TicketCategory category,
    @NotNull TicketChannel channel,
    @NotBlank @Size(max = Message.MAX_BODY) String body,
    @NotNull Instant receivedAt) {

  /** The same request with other words (its secrets masked), clipped to the lengths allowed. */
  public NewRequest withText(String newSubject, String newBody) {
    return new NewRequest(
        customerId,
        Clip.marked(newSubject, 200),
        category,
        channel,
        Clip.marked(newBody, Message.MAX_BODY),
        receivedAt);
  }
}
