package fr.orthocab.support.mail.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.customer.Language;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {
  private static OutboxMessage message() {
    return new OutboxMessage(
        OutboxTopic.PORTAL_INVITATION,
        new Recipient("ines@example.fr", null, Language.FR),
        null,
        "Sujet",
        "Corps",
        Instant.parse("2026-11-26T10:00:00Z"));
  }

  @Test
  void messageIdsAreBracketedAndDistinct() {
    String first = MessageIds.next("desk.example");
    assertTrue(first.matches("<[0-9a-f]{32}@desk\\.example>"), first);
    assertNotEquals(first, MessageIds.next("desk.example"));
  }

  @Test
  void theRecipientIsLookedUpTrimmedAndLowerCasedAndWrittenToAsGiven() {
    OutboxMessage message =
        new OutboxMessage(
            OutboxTopic.ACKNOWLEDGEMENT,
            new Recipient(" Claire.Martin@Example.FR", null, Language.FR),
            null,
            "Sujet",
            "Corps",
            Instant.parse("2026-11-26T10:00:00Z"));
    assertEquals(" Claire.Martin@Example.FR", message.getRecipientEmail());
    assertEquals("claire.martin@example.fr", message.getRecipientKey());
    assertEquals(
        "claire.martin@example.fr", message.copyAt(Instant.now()).getRecipientKey(), "a copy too");
  }

  @Test
  void aMessageIsIdentifiedOnce() {
    OutboxMessage message = message();
    message.identify("<a@x>");
    message.identify("<b@x>");
    assertEquals("<a@x>", message.getMessageId());
  }

  @Test
  void referencesKeepTheRootAndTheLatestWhenTooLong() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      ids.add("<" + "x".repeat(30) + i + "@desk.example>");
    }
    OutboxMessage message = message().answering(ids.get(199), ids);
    List<String> kept = message.getReferences();
    assertTrue(String.join(" ", kept).length() <= OutboxMessage.MAX_REFERENCES);
    assertEquals(ids.get(0), kept.get(0));
    assertEquals(ids.get(199), kept.get(kept.size() - 1));
    assertEquals(ids.get(199), message.getInReplyTo());
  }

  @Test
  void notAutomaticUnlessSaid() {
    assertFalse(message().isAutoSubmitted());
    assertTrue(message().automatic().isAutoSubmitted());
    assertEquals(List.of(), message().getReferences());
  }
}
