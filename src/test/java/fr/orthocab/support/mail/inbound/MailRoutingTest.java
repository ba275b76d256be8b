package fr.orthocab.support.mail.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.orthocab.support.customer.Language;
import fr.orthocab.support.mail.inbound.parsing.ParsedMail;
import fr.orthocab.support.ticket.Message;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a mail's subject and text become on a ticket when they are too long to keep whole. */
class MailRoutingTest {
  private static final String EMOJI = "\ud83d\ude00"; // 😀, two UTF-16 units

  private static ParsedMail mail(String subject, String reply) {
    return new ParsedMail(
        "<m@example.fr>",
        "claire@example.fr",
        subject,
        "",
        reply,
        reply,
        List.of(),
        null,
        List.of(),
        List.of(),
        "fingerprint");
  }

  @Test
  void aLongSubjectIsCutBeforeAnEmojiAtTheLimitNotThroughIt() {
    // the emoji takes units 198 and 199: the cut keeps 199 units, the ellipsis the 200th
    String kept =
        MailRouting.subjectOf(mail("x".repeat(198) + EMOJI + "y", "Bonjour"), Language.FR);
    assertEquals("x".repeat(198) + "…", kept);
  }

  @Test
  void aLongTextIsCutBeforeAnEmojiAtTheLimitNotThroughIt() {
    String text = "x".repeat(Message.MAX_BODY - 2) + EMOJI + "y";
    String kept = MailRouting.bodyOf(mail("Sujet", text), Language.FR);
    assertEquals("x".repeat(Message.MAX_BODY - 2) + "…", kept);
    assertEquals(Message.MAX_BODY - 1, kept.length());
  }

  @Test
  void aMissingSubjectOrTextIsSaidInTheSendersLanguage() {
    assertEquals("(no subject)", MailRouting.subjectOf(mail(" ", "Hello"), Language.EN));
    assertEquals("(message without text)", MailRouting.bodyOf(mail("Subject", ""), Language.EN));
    assertEquals("(sans objet)", MailRouting.subjectOf(mail(null, "Bonjour"), Language.FR));
  }

  @Test
  void whatFitsIsKeptWhole() {
    String subject = "x".repeat(198) + EMOJI;
    assertEquals(subject, MailRouting.subjectOf(mail(subject, "Bonjour"), Language.FR));
    assertEquals(
        "Bonjour " + EMOJI, MailRouting.bodyOf(mail("Sujet", "Bonjour " + EMOJI), Language.FR));
  }
}
