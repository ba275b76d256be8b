package fr.orthocab.support.mail.inbound.parsing;

import fr.orthocab.support.platform.Clip;
import fr.orthocab.support.platform.Sha256;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

/**
 * Reads a raw mail with Jakarta Mail: its own text part preferred, an HTML part turned into text
 * otherwise, the other parts kept as attachments (their limits are checked later). A part that
 * cannot be read is listed as unreadable and the rest is read. What no person's mail needs (parts
 * nested deeper than {@value #MAX_DEPTH} levels, more parts or more time than the {@link
 * ParsingBudget}) fails the whole mail with {@link MailBeyondLimits}, before it can cost more.
 */
public final class MailParser {
  public static final int MAX_HEADERS = 100_000;
  public static final int MAX_TEXT = 1_000_000;
  static final int MAX_DEPTH = 16;
  private static final int MAX_HTML = 2_000_000;
  private static final int MAX_MESSAGE_ID = 500;
  private static final Duration DEFAULT_BUDGET = Duration.ofSeconds(5);
  private static final Session SESSION = Session.getInstance(utf8Headers());

  private MailParser() {}

  public static ParsedMail parse(byte[] raw) throws MessagingException, IOException {
    return parse(raw, ParsingBudget.of(DEFAULT_BUDGET));
  }

  public static ParsedMail parse(byte[] raw, ParsingBudget budget)
      throws MessagingException, IOException {
    RawMail head = RawMail.of(raw);
    MimeMessage mail = headersOf(raw);
    String from = fromOf(mail);
    Body body = new Body(budget);
    body.read(mail, 0);
    budget.check("texte");
    String text = Clip.to(body.text(), MAX_TEXT);
    budget.check("texte");
    String reply = ReplyTrimmer.trim(text);
    budget.check("réponse");
    return new ParsedMail(
        head.messageId(),
        from,
        mail.getSubject(),
        Clip.to(String.join("\n", Collections.list(mail.getAllHeaderLines())), MAX_HEADERS),
        text,
        reply,
        TicketReferences.messageIds(
            mail.getHeader("In-Reply-To", " "), mail.getHeader("References", " ")),
        AutomaticMail.of(mail, from),
        List.copyOf(body.attachments),
        List.copyOf(body.unreadable),
        head.fingerprint());
  }

  private static MimeMessage headersOf(byte[] raw) throws MessagingException {
    try {
      return new MimeMessage(SESSION, new ByteArrayInputStream(raw));
    } catch (RuntimeException unreadable) {
      // Jakarta Mail trips over some broken header blocks (a folded line before any header)
      throw new MessagingException("En-têtes illisibles : non lu.", unreadable);
    }
  }

  /**
   * The mail's own Message-ID when it has a usable one; else one made from the hash of the raw
   * message, so that the same message fetched again gets the same id.
   */
  public static String messageIdOf(String header, byte[] raw) {
    List<String> ids = header == null ? List.of() : TicketReferences.messageIds(header);
    if (!ids.isEmpty() && ids.get(0).length() <= MAX_MESSAGE_ID) {
      return ids.get(0);
    }
    return "<" + Sha256.hex(raw) + "@no-message-id.invalid>";
  }

  /** Headers in raw UTF-8 (RFC 6532), as many mailers now send them, read as such. */
  private static Properties utf8Headers() {
    Properties properties = new Properties();
    properties.put("mail.mime.allowutf8", "true");
    return properties;
  }

  private static String fromOf(MimeMessage mail) throws MessagingException {
    return RawMail.senderOf(mail.getHeader("From", ","), mail.getHeader("Sender", ","));
  }

  /** The first plain text, else the first HTML, and every other part as an attachment. */
  private static final class Body {
    private final ParsingBudget budget;
    private String plain;
    private String html;
    private final List<ParsedMail.Attachment> attachments = new ArrayList<>();
    private final List<ParsedMail.UnreadablePart> unreadable = new ArrayList<>();

    Body(ParsingBudget budget) {
      this.budget = budget;
    }

    /** Reads a part; one that fails is listed as unreadable, and the others are still read. */
    void read(Part part, int depth) throws MailBeyondLimits {
      budget.check("partie");
      try {
        if (part.isMimeType("multipart/*")) {
          readMultipart(part, depth);
        } else {
          readLeaf(part);
        }
      } catch (MailBeyondLimits beyond) {
        throw beyond;
      } catch (MessagingException | IOException | RuntimeException broken) {
        // Jakarta Mail reports a broken part in many ways, unchecked ones among them
        unreadable.add(ParsedMail.UnreadablePart.of(part, broken));
      }
    }

    private void readMultipart(Part part, int depth) throws MessagingException, IOException {
      if (depth >= MAX_DEPTH) {
        throw new MailBeyondLimits(
            "Parties MIME imbriquées sur plus de " + MAX_DEPTH + " niveaux : non lu.");
      }
      Multipart multipart = new BoundedMultipart((MimePart) part, budget);
      try {
        multipart.getCount();
      } catch (MailBeyondLimits beyond) {
        throw beyond;
      } catch (MessagingException broken) {
        // a broken multipart (no boundary): its bytes as text rather than a mail never received
        if (plain == null) {
          try (InputStream in = part.getInputStream()) {
            plain = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          }
        }
        return;
      }
      budget.check("parties de niveau " + (depth + 1));
      for (int i = 0; i < multipart.getCount(); i++) {
        read(multipart.getBodyPart(i), depth + 1);
      }
    }

    private void readLeaf(Part part) throws MessagingException, IOException {
      boolean attached =
          Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null;
      if (!attached && part.isMimeType("text/plain")) {
        if (plain == null) {
          plain = textOf(part);
        }
      } else if (!attached && part.isMimeType("text/html")) {
        if (html == null) {
          html = textOf(part);
        }
      } else if (!part.isMimeType("message/delivery-status")
          && !part.isMimeType("text/rfc822-headers")) {
        attachments.add(
            new ParsedMail.Attachment(
                FileNames.safe(decoded(part.getFileName())),
                baseType(part.getContentType()),
                bytes(part)));
      }
    }

    String text() throws MailBeyondLimits {
      if (plain != null && !plain.isBlank()) {
        return plain.replace("\r\n", "\n").strip();
      }
      budget.check("HTML");
      return html == null ? "" : HtmlText.of(Clip.to(html, MAX_HTML));
    }

    private static String textOf(Part part) throws MessagingException, IOException {
      try {
        Object content = part.getContent();
        if (content instanceof String s) {
          return s;
        }
      } catch (UnsupportedEncodingException unknownCharset) {
        // read below as UTF-8
      }
      try (InputStream in = part.getInputStream()) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }

    private static byte[] bytes(Part part) throws MessagingException, IOException {
      try (InputStream in = part.getInputStream()) {
        return in.readAllBytes();
      }
    }
  }

  static String decoded(String name) {
    if (name == null) {
      return null;
    }
    try {
      return MimeUtility.decodeText(name);
    } catch (UnsupportedEncodingException e) {
      return name;
    }
  }

  static String baseType(String contentType) {
    if (contentType == null) {
      return "application/octet-stream";
    }
    String base = contentType.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
    return base.matches("[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*")
        ? base
        : "application/octet-stream";
  }
}
