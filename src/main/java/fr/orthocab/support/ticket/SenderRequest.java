package fr.orthocab.support.ticket;

import fr.orthocab.support.platform.Clip;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A new request as a channel that knows only an email address receives it (ticket API, email): the
 * intake finds the customer behind the sender, or keeps the request until they are identified.
 */
public record SenderRequest(
    @NotNull @Valid Sender sender,
    @NotBlank @Size(max = 200) String subject,
    @NotNull TicketCategory category,
    @NotNull TicketChannel channel,
    @NotBlank @Size(max = Message.MAX_BODY) String body,
    @NotNull Instant receivedAt) {

  /** The same request, once the sender is known to be that customer. */
  public NewRequest from(long customerId) {
    return new NewRequest(customerId, subject, category, channel, body, receivedAt);
  }

  /** The same request with other words (its secrets masked), clipped to the lengths allowed. */
  public SenderRequest withText(String newSubject, String newBody) {
    return new SenderRequest(
        sender,
        Clip.marked(newSubject, 200),
        category,
        channel,
        Clip.marked(newBody, Message.MAX_BODY),
        receivedAt);
  }
}
