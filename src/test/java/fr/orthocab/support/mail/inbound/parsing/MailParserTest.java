package fr.orthocab.support.mail.inbound.parsing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailParserTest {
  private static ParsedMail parse(String raw) throws Exception {
    return MailParser.parse(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
  }

  private static final String ALTERNATIVE =
      """
      From: "Claire Martin" <Claire.Martin@Example.fr>
      To: support@orthocab.fr
      Subject: =?UTF-8?Q?Re=3A_[OC-12]_Lien_de_visio_absent_=C3=A9t=C3=A9?=
      Message-ID: <abc-123@mail.example.fr>
      In-Reply-To: <desk-1@desk.orthocab.fr>
      References: <root@desk.orthocab.fr> <desk-1@desk.orthocab.fr>
      MIME-Version: 1.0
      Content-Type: multipart/alternative; boundary="b1"

      --b1
      Content-Type: text/plain; charset=UTF-8
      Content-Transfer-Encoding: 8bit

      Toujours pas de lien.

      Le jeu. 26 nov. 2026 à 10:02, Orthocab <support@orthocab.fr> a écrit :
      > Bonjour
      --b1
      Content-Type: text/html; charset=UTF-8

      <p>HTML version</p>
      --b1--
      """;

  @Test
  void prefersThePlainTextAndReadsTheHeaders() throws Exception {
    ParsedMail mail = parse(ALTERNATIVE);
    assertEquals("<abc-123@mail.example.fr>", mail.messageId());
    assertEquals("Claire.Martin@Example.fr", mail.from());
    assertEquals("Re: [OC-12] Lien de visio absent été", mail.subject());
    assertTrue(mail.text().startsWith("Toujours pas de lien."));
    assertTrue(mail.text().contains("a écrit"), "the original keeps the history");
    assertEquals("Toujours pas de lien.", mail.reply());
    assertEquals(List.of("<desk-1@desk.orthocab.fr>", "<root@desk.orthocab.fr>"), mail.threadIds());
    assertEquals(AutomaticMail.PERSON, mail.kind());
    assertTrue(mail.headers().contains("In-Reply-To: <desk-1@desk.orthocab.fr>"));
    assertEquals(List.of(), mail.attachments());
  }

  @Test
  void turnsAnHtmlOnlyMailIntoSafeText() throws Exception {
    ParsedMail mail =
        parse(
            """
            From: ines@example.fr
            Subject: html
            Message-ID: <h1@example.fr>
            MIME-Version: 1.0
            Content-Type: text/html; charset=UTF-8

            <html><body><p>Bonjour</p><script>steal()</script>\
            <img src="https://track.example/open.gif" width="1" height="1"></body></html>
            """);
    assertEquals("Bonjour", mail.text());
    assertFalse(mail.text().contains("steal"));
    assertFalse(mail.text().contains("track.example"));
  }

  @Test
  void keepsAttachmentsWithNameTypeAndBytes() throws Exception {
    ParsedMail mail =
        parse(
            """
            From: ines@example.fr
            Subject: capture
            Message-ID: <att@example.fr>
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="m"

            --m
            Content-Type: text/plain; charset=UTF-8

            Voici la capture.
            --m
            Content-Type: image/png; name="=?UTF-8?Q?capture_=C3=A9cran.png?="
            Content-Disposition: attachment; filename="=?UTF-8?Q?capture_=C3=A9cran.png?="
            Content-Transfer-Encoding: base64

            iVBORw0KGgo=
            --m
            Content-Type: text/html
            Content-Disposition: attachment; filename="../../evil.html"

            <script>x()</script>
            --m--
            """);
    assertEquals("Voici la capture.", mail.text());
    assertEquals(2, mail.attachments().size());
    ParsedMail.Attachment png = mail.attachments().get(0);
    assertEquals("capture écran.png", png.fileName());
    assertEquals("image/png", png.contentType());
    assertArrayEquals(
        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, png.content());
    assertEquals("evil.html", mail.attachments().get(1).fileName());
    assertEquals("text/html", mail.attachments().get(1).contentType());
  }

  @Test
  void aMailWithoutMessageIdGetsAStableOneFromItsBytes() throws Exception {
    String raw = "From: a@example.fr\nSubject: x\n\nbody\n";
    String id = parse(raw).messageId();
    assertEquals(id, parse(raw).messageId());
    assertTrue(id.matches("<[0-9a-f]{64}@no-message-id\\.invalid>"), id);
    assertNotEquals(id, parse(raw + "other\n").messageId());
  }

  @Test
  void tellsAutomaticMailsFromPeople() throws Exception {
    assertEquals(kind("Auto-Submitted: auto-replied\n"), AutomaticMail.AUTO_REPLY);
    assertEquals(
        kind("Auto-Submitted: auto-generated; owner-email=x@y\n"), AutomaticMail.AUTO_REPLY);
    assertEquals(kind("Auto-Submitted: no\n"), AutomaticMail.PERSON);
    assertEquals(kind("X-Autoreply: yes\n"), AutomaticMail.AUTO_REPLY);
    assertEquals(kind("Precedence: bulk\n"), AutomaticMail.BULK);
    assertEquals(kind("Precedence: list\n"), AutomaticMail.BULK);
    assertEquals(kind("Return-Path: <>\n"), AutomaticMail.BOUNCE);
    assertEquals(
        kind("Content-Type: multipart/report; report-type=delivery-status; boundary=r\n"),
        AutomaticMail.BOUNCE);
    assertEquals(
        AutomaticMail.AUTO_REPLY,
        parse("From: a@example.fr\nSubject: Réponse automatique : absent\n\nabsent\n").kind());
    assertEquals(
        AutomaticMail.BOUNCE,
        parse("From: MAILER-DAEMON@mx.example.fr\nSubject: Undelivered\n\nfailed\n").kind());
  }

  private static AutomaticMail kind(String header) throws Exception {
    return parse("From: a@example.fr\nSubject: s\n" + header + "\nbody\n").kind();
  }
}
