package fr.orthocab.support.mail.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.customer.Language;
import fr.orthocab.support.mail.inbound.parsing.ParsedMail;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailNoticeTest {
  private static Properties load(String path) throws IOException {
    try (InputStream in = MailNoticeTest.class.getResourceAsStream(path)) {
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    }
  }

  @Test
  void bothLanguagesHaveTheSameNoticesAndEveryOutcomeHasAWording() throws IOException {
    assertEquals(
        load("notices_fr.properties").stringPropertyNames(),
        load("notices_en.properties").stringPropertyNames());
    for (String bundle : List.of("messages_fr.properties", "messages_en.properties")) {
      Properties texts = load("/fr/orthocab/support/i18n/" + bundle);
      for (InboundOutcome outcome : InboundOutcome.values()) {
        assertTrue(texts.containsKey("InboundOutcome." + outcome), bundle + " lacks " + outcome);
      }
    }
  }

  @Test
  void refusedAttachmentsAreListedWithWhyAndWhatIsAccepted() {
    String text =
        MailNotice.attachmentsRefused(
            Language.FR,
            "OC-12",
            List.of(
                new RefusedAttachment(
                    1L,
                    null,
                    "film.mp4",
                    "video/mp4",
                    15 * 1_048_576L,
                    AttachmentLimits.Refusal.TOO_LARGE),
                new RefusedAttachment(
                    1L, null, "page.html", "text/html", 10, AttachmentLimits.Refusal.TYPE)),
            10 * 1_048_576L);
    assertTrue(text.contains("la demande OC-12, mais nous n'avons pas conservé"), text);
    assertTrue(text.contains("- film.mp4 : trop volumineux (15,0 Mo)"), text);
    assertTrue(text.contains("- page.html : format non accepté (text/html)"), text);
    assertTrue(text.contains("de 10,0 Mo au plus"), text);
    assertTrue(
        MailNotice.attachmentsRefused(
                Language.EN,
                "OC-12",
                List.of(
                    new RefusedAttachment(
                        1L,
                        null,
                        "a.exe",
                        "application/x-msdownload",
                        3,
                        AttachmentLimits.Refusal.TYPE)),
                10 * 1_048_576L)
            .contains("of at most 10.0 MB"));
  }

  @Test
  void attachmentLimitsRefuseLargeFilesAndActiveContentWhateverTheSetting() {
    AttachmentLimits limits = new AttachmentLimits(10, List.of("image/png", "text/html"));
    assertEquals(
        AttachmentLimits.Refusal.TOO_LARGE,
        limits.check(new ParsedMail.Attachment("a.png", "image/png", new byte[11])).orElseThrow());
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};
    assertTrue(limits.check(new ParsedMail.Attachment("a.png", "image/png", png)).isEmpty());
    assertTrue(
        limits.check(new ParsedMail.Attachment("a.bin", "application/pdf", png)).isEmpty(),
        "a PNG is taken for what its content is, whatever the mail declares");
    assertEquals(
        AttachmentLimits.Refusal.TYPE,
        limits
            .check(new ParsedMail.Attachment("a.png", "image/png", "<html>".getBytes()))
            .orElseThrow(),
        "a web page declared as an image is refused by its content");
    assertEquals(
        AttachmentLimits.Refusal.TYPE,
        limits.check(new ParsedMail.Attachment("a.html", "text/html", new byte[1])).orElseThrow());
    assertEquals(
        AttachmentLimits.Refusal.TYPE,
        limits
            .check(new ParsedMail.Attachment("a.pdf", "application/pdf", new byte[1]))
            .orElseThrow());
  }
}
