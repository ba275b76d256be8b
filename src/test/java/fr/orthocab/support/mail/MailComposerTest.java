package fr.orthocab.support.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.attachment.MailedFile;
import fr.orthocab.support.customer.Language;
import fr.orthocab.support.mail.outbox.OutboxMessage;
import fr.orthocab.support.mail.outbox.OutboxTopic;
import fr.orthocab.support.mail.outbox.Recipient;
import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailComposerTest {
  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
  private static final Session SESSION = Session.getInstance(new Properties());

  static OutboxMessage notification(String messageId, OutboxMessage message) throws Exception {
    var field = OutboxMessage.class.getDeclaredField("messageId");
    field.setAccessible(true);
    field.set(message, messageId);
    return message;
  }

  /** The mail as the server receives it: written out and parsed again. */
  private static MimeMessage sent(OutboxMessage notification) throws Exception {
    return sent(notification, "support@orthocab.fr", false);
  }

  private static MimeMessage sent(OutboxMessage notification, String support, boolean replyTokens)
      throws Exception {
    return sent(notification, support, replyTokens, List.of());
  }

  private static MimeMessage sent(
      OutboxMessage notification, String support, boolean replyTokens, List<MailedFile> files)
      throws Exception {
    MimeMessage mail =
        MailComposer.compose(
            SESSION, notification, notification.getBody(), files, support, replyTokens, NOW);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    mail.writeTo(bytes);
    return new MimeMessage(SESSION, new ByteArrayInputStream(bytes.toByteArray()));
  }

  @Test
  void anAutomaticAnswerKeepsItsIdAnswersItsThreadAndSaysItIsAutomatic() throws Exception {
    OutboxMessage ack =
        notification(
            "<abc@desk.orthocab.fr>",
            new OutboxMessage(
                    OutboxTopic.ACKNOWLEDGEMENT,
                    new Recipient("claire@example.fr", null, Language.FR),
                    42L,
                    "[OC-42] Demande reçue : Lien de visio absent",
                    "Bonjour,\nNous avons bien reçu votre demande OC-42 — à très vite.",
                    NOW)
                .answering(
                    "<second@desk.orthocab.fr>",
                    List.of("<first@customer.fr>", "<second@desk.orthocab.fr>"))
                .automatic());

    MimeMessage mail = sent(ack);

    assertEquals("<abc@desk.orthocab.fr>", mail.getMessageID());
    assertEquals("<second@desk.orthocab.fr>", mail.getHeader("In-Reply-To", null));
    assertEquals(
        "<first@customer.fr> <second@desk.orthocab.fr>", mail.getHeader("References", null));
    assertEquals("auto-replied", mail.getHeader("Auto-Submitted", null));
    assertEquals("support@orthocab.fr", mail.getFrom()[0].toString());
    assertEquals("support@orthocab.fr", mail.getReplyTo()[0].toString());
    assertEquals("claire@example.fr", mail.getAllRecipients()[0].toString());
    assertEquals("[OC-42] Demande reçue : Lien de visio absent", mail.getSubject());
    assertEquals("fr", mail.getHeader("Content-Language", null));
    assertTrue(mail.getContentType().toLowerCase().startsWith("text/plain"));
    assertTrue(mail.getContentType().toLowerCase().contains("utf-8"));
    assertEquals(ack.getBody(), ((String) mail.getContent()).replace("\r\n", "\n"));
  }

  @Test
  void anAgentsReplyIsNotMarkedAutomaticAndAFirstMailAnswersNothing() throws Exception {
    OutboxMessage reply =
        notification(
            "<r@desk.orthocab.fr>",
            new OutboxMessage(
                OutboxTopic.AGENT_REPLY,
                new Recipient("claire@example.fr", null, Language.EN),
                42L,
                "[OC-42] Reply from the support team",
                "Hello",
                NOW));

    MimeMessage mail = sent(reply);

    assertNull(mail.getHeader("Auto-Submitted"));
    assertNull(mail.getHeader("In-Reply-To"));
    assertNull(mail.getHeader("References"));
    assertArrayEquals(new String[] {"en"}, mail.getHeader("Content-Language"));
  }

  @Test
  void withReplyTokensTheReplyToCarriesTheRandomPartOfTheMailsOwnMessageId() throws Exception {
    String token = "0123456789abcdef0123456789abcdef";
    OutboxMessage reply =
        notification(
            "<" + token + "@desk.orthocab.fr>",
            new OutboxMessage(
                OutboxTopic.AGENT_REPLY,
                new Recipient("claire@example.fr", null, Language.FR),
                42L,
                "[OC-42] Réponse de l'équipe support",
                "Bonjour",
                NOW));

    MimeMessage mail = sent(reply, "Orthocab <support@orthocab.fr>", true);

    InternetAddress replyTo = (InternetAddress) mail.getReplyTo()[0];
    assertEquals("support+" + token + "@orthocab.fr", replyTo.getAddress());
    assertEquals("Orthocab", replyTo.getPersonal());
    assertEquals(
        "support@orthocab.fr", ((InternetAddress) sent(reply).getReplyTo()[0]).getAddress());
  }

  @Test
  void aReplysFilesGoAsAttachmentsAfterItsTextWithTheirNamesAsGiven() throws Exception {
    byte[] pdf = "%PDF-1.4\ncompte rendu\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    OutboxMessage reply =
        notification(
            "<r@desk.orthocab.fr>",
            new OutboxMessage(
                    OutboxTopic.AGENT_REPLY,
                    new Recipient("claire@example.fr", null, Language.FR),
                    42L,
                    "[OC-42] Réponse",
                    "Bonjour Claire,\nLe compte rendu est joint.",
                    NOW)
                .withFilesOf(7));
    MimeMessage mail =
        sent(
            reply,
            "support@orthocab.fr",
            false,
            List.of(new MailedFile("Compte-rendu séance.pdf", "application/pdf", pdf)));
    MimeMultipart parts = (MimeMultipart) mail.getContent();
    assertEquals(2, parts.getCount());
    assertEquals(reply.getBody(), parts.getBodyPart(0).getContent().toString().strip());
    BodyPart file = parts.getBodyPart(1);
    assertEquals(Part.ATTACHMENT, file.getDisposition());
    assertEquals("Compte-rendu séance.pdf", file.getFileName());
    assertTrue(file.getContentType().startsWith("application/pdf"), file.getContentType());
    assertArrayEquals(pdf, file.getInputStream().readAllBytes());
    assertEquals(
        "base64",
        ((jakarta.mail.internet.MimeBodyPart) file).getEncoding(),
        "a text-looking file is not sent as 7bit, whose line ends a mail server rewrites");
  }
}
