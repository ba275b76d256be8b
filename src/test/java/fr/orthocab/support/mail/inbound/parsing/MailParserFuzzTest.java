package fr.orthocab.support.mail.inbound.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import jakarta.mail.MessagingException;
import java.io.IOException;

/**
 * Any bytes at all, as a hostile sender could mail them: the parser reads them or refuses them as a
 * mail (MessagingException, IOException), never fails another way, and never lets one part take the
 * others down; the header block alone is always readable for agents.
 */
class MailParserFuzzTest {
  @FuzzTest(maxDuration = "8s")
  void parse(byte[] raw) {
    RawMail head = RawMail.of(raw);
    assertNotNull(head.messageId());
    assertTrue(head.fingerprint().matches("[0-9a-f]{64}"), head.fingerprint());
    ParsedMail mail;
    try {
      mail = MailParser.parse(raw);
    } catch (MessagingException | IOException refused) {
      return;
    }
    assertEquals(head.messageId(), mail.messageId(), "the claim and the mail agree on the id");
    assertEquals(head.fingerprint(), mail.fingerprint());
    assertTrue(mail.text().length() <= MailParser.MAX_TEXT);
    assertTrue(mail.headers().length() <= MailParser.MAX_HEADERS);
    assertNotNull(mail.reply());
    mail.unreadable().forEach(part -> assertNotNull(part.describe()));
  }
}
