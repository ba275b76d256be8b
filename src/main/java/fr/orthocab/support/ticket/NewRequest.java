package fr.orthocab.support.ticket;

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
    @NotNull Instant receivedAt) {}
