package fr.orthocab.support.mail.inbound.parsing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
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
  void aFoldedLineBeforeAnyHeaderIsAnUnreadableMailNotACrash() {
    // found by the fuzzer: Jakarta Mail failed with IndexOutOfBoundsException
    byte[] raw = " \r \r ".getBytes(StandardCharsets.US_ASCII);
    MessagingException refused =
        assertThrows(MessagingException.class, () -> MailParser.parse(raw));
    assertTrue(refused.getMessage().contains("En-têtes"));
  }

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

  /** The mail that stopped all intake: 20,000 nested multipart/mixed parts, 1.4 MB. */
  static String nested(int levels) {
    StringBuilder raw =
        new StringBuilder("From: a@example.fr\nSubject: nested\nMessage-ID: <n@example.fr>\n");
    for (int i = 0; i < levels; i++) {
      raw.append("Content-Type: multipart/mixed; boundary=b").append(i).append("\n\n--b");
      raw.append(i).append('\n');
    }
    return raw.append("Content-Type: text/plain\n\nfond\n").toString();
  }

  @Test
  void aMailNestedDeeperThanAnyPersonsFailsAtOnceInsteadOfOverflowingTheStack() {
    // a guard only: before the limit this overflowed the stack after minutes of work
    MailBeyondLimits beyond =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () -> assertThrows(MailBeyondLimits.class, () -> parse(nested(20_000))));
    assertTrue(beyond.getMessage().contains("imbriquées"), beyond.getMessage());
  }

  @Test
  void partsNestedAsDeepAsRealMailersDoAreRead() throws Exception {
    assertEquals("fond", parse(nested(MailParser.MAX_DEPTH)).text());
  }

  @Test
  void aMailOfTwentyThousandPartsStopsAtTheFirstOneTooMany() {
    StringBuilder many = new StringBuilder("From: a@example.fr\nSubject: same boundary\n");
    // every level names the same boundary: one level of 20,000 parts for Jakarta Mail
    many.append("Content-Type: multipart/mixed; boundary=b\n\n");
    many.append("--b\nContent-Type: multipart/mixed; boundary=b\n\n".repeat(20_000));
    MailBeyondLimits beyond = assertThrows(MailBeyondLimits.class, () -> parse(many.toString()));
    assertTrue(beyond.getMessage().contains("parties"), beyond.getMessage());
  }

  @Test
  void aMailOfMorePartsThanAnyPersonsFails() {
    StringBuilder raw =
        new StringBuilder(
            "From: a@example.fr\nSubject: parts\nContent-Type: multipart/mixed; boundary=b\n\n");
    for (int i = 0; i < ParsingBudget.MAX_PARTS + 1; i++) {
      raw.append("--b\nContent-Type: text/plain\n\npart ").append(i).append('\n');
    }
    raw.append("--b--\n");
    assertThrows(MailBeyondLimits.class, () -> parse(raw.toString()));
  }

  @Test
  void aMailStillBeingReadWhenItsTimeIsSpentFails() throws Exception {
    String raw =
        "From: a@example.fr\nSubject: s\nContent-Type: multipart/mixed; boundary=b\n\n"
            + "--b\nContent-Type: text/plain\n\nun\n--b\nContent-Type: text/plain\n\ndeux\n--b--\n";
    byte[] bytes = raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    // a clock that moves one second each time it is read: the third reading is past 2 s
    AtomicLong seconds = new AtomicLong();
    ParsingBudget budget =
        new ParsingBudget(Duration.ofSeconds(2), () -> seconds.getAndIncrement() * 1_000_000_000L);
    MailBeyondLimits beyond =
        assertThrows(MailBeyondLimits.class, () -> MailParser.parse(bytes, budget));
    assertTrue(beyond.getMessage().contains("2000 ms"), beyond.getMessage());
    AtomicLong frozen = new AtomicLong();
    assertEquals(
        "un",
        MailParser.parse(bytes, new ParsingBudget(Duration.ofSeconds(2), frozen::get)).text());
  }

  @Test
  void aBrokenBase64FileIsListedUnreadableAndTheTextIsKept() throws Exception {
    ParsedMail mail =
        parse(
            """
            From: ines@example.fr
            Subject: facture
            Message-ID: <b64@example.fr>
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="m"

            --m
            Content-Type: text/plain; charset=UTF-8

            Voici ma facture.
            --m
            Content-Type: application/pdf
            Content-Disposition: attachment; filename="facture.pdf"
            Content-Transfer-Encoding: base64

            JVBERi0xLjQK=====!!!!*
            --m
            Content-Type: image/png
            Content-Disposition: attachment; filename="ok.png"
            Content-Transfer-Encoding: base64

            iVBORw0KGgo=
            --m--
            """);
    assertEquals("Voici ma facture.", mail.text());
    assertEquals(List.of("ok.png"), mail.attachments().stream().map(a -> a.fileName()).toList());
    assertEquals(1, mail.unreadable().size());
    ParsedMail.UnreadablePart broken = mail.unreadable().get(0);
    assertEquals("facture.pdf", broken.fileName());
    assertEquals("application/pdf", broken.contentType());
    assertTrue(broken.describe().startsWith("facture.pdf (application/pdf) : "), broken.describe());
  }

  @Test
  void aBrokenBase64TextGivesWayToTheHtmlAlternative() throws Exception {
    ParsedMail mail =
        parse(
            """
            From: ines@example.fr
            Subject: alt
            MIME-Version: 1.0
            Content-Type: multipart/alternative; boundary="a"

            --a
            Content-Type: text/plain; charset=UTF-8
            Content-Transfer-Encoding: base64

            Qm9uam91cg=!*
            --a
            Content-Type: text/html; charset=UTF-8

            <p>Bonjour en HTML</p>
            --a--
            """);
    assertEquals("Bonjour en HTML", mail.text());
    assertEquals("text/plain", mail.unreadable().get(0).contentType());
  }

  @Test
  void theSameMailDeliveredAgainHasTheSameFingerprintAnotherMailNot() throws Exception {
    String mail = "From: a@example.fr\nSubject: s\nMessage-ID: <f@example.fr>\n\nbody\n";
    String fingerprint = parse(mail).fingerprint();
    assertEquals(
        fingerprint,
        parse("Received: from mx by desk\nReturn-Path: <a@example.fr>\n" + mail + "\n\n")
            .fingerprint(),
        "servers add headers and line ends on the way");
    assertEquals(
        fingerprint, MailParser.parse(mail.getBytes(StandardCharsets.UTF_8)).fingerprint());
    assertNotEquals(fingerprint, parse(mail.replace("body", "other body")).fingerprint());
    assertNotEquals(fingerprint, parse(mail.replace("Subject: s", "Subject: t")).fingerprint());
    assertEquals(
        parse(mail).messageId(), RawMail.of(mail.getBytes(StandardCharsets.UTF_8)).messageId());
  }
}
