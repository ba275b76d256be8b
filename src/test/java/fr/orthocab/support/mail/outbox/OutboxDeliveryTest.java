package fr.orthocab.support.mail.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.customer.Language;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A notification's delivery states: attempts, giving up, a person's resend, a copy. */
class OutboxDeliveryTest {
  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

  private static OutboxMessage reply() {
    OutboxMessage message =
        new OutboxMessage(
                OutboxTopic.ACKNOWLEDGEMENT,
                new Recipient("claire@example.fr", null, Language.FR),
                42L,
                "[OC-42] Demande reçue",
                "Bonjour",
                NOW)
            .answering("<a@x>", List.of("<a@x>"))
            .automatic();
    message.identify("<first@desk>");
    return message;
  }

  @Test
  void aFailedAttemptIsCountedAndRetriedLaterThenGivenUp() {
    OutboxMessage message = reply();
    message.attemptFailed("MailConnectException: refused", NOW.plusSeconds(60));
    assertEquals(OutboxStatus.PENDING, message.getStatus());
    assertEquals(1, message.getAttempts());
    assertEquals(NOW.plusSeconds(60), message.getNextAttemptAt());
    assertEquals("MailConnectException: refused", message.getLastError());

    message.attemptFailed("still refused", null);
    assertEquals(OutboxStatus.FAILED, message.getStatus());
    assertEquals(2, message.getAttempts());
  }

  @Test
  void aPersonRetriesAFailedMailNowWithANewRoundOfAttempts() {
    OutboxMessage message = reply();
    assertThrows(
        IllegalStateException.class, () -> message.retryNow(NOW), "pending: nothing to do");
    message.attemptFailed("refused", null);
    message.retryNow(NOW.plusSeconds(3600));
    assertEquals(OutboxStatus.PENDING, message.getStatus());
    assertEquals(0, message.getAttempts());
    assertEquals(NOW.plusSeconds(3600), message.getNextAttemptAt());
  }

  @Test
  void aCopyIsANewPendingMailOfTheSameThreadWithoutAnIdYet() {
    OutboxMessage message = reply();
    message.sent(NOW);
    assertEquals(OutboxStatus.SENT, message.getStatus());
    assertEquals(NOW, message.getSentAt());

    OutboxMessage copy = message.copyAt(NOW.plusSeconds(10));
    assertEquals(OutboxStatus.PENDING, copy.getStatus());
    assertNull(copy.getMessageId(), "the outbox gives it its own id");
    assertEquals(message.getInReplyTo(), copy.getInReplyTo());
    assertEquals(message.getReferences(), copy.getReferences());
    assertTrue(copy.isAutoSubmitted());
    assertEquals(message.getBody(), copy.getBody());
    assertEquals(NOW.plusSeconds(10), copy.getNextAttemptAt());
  }
}
