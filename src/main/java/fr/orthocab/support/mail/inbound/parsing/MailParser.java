package fr.orthocab.support.mail.inbound.parsing;

import fr.orthocab.support.platform.Clip;
import fr.orthocab.support.platform.Sha256;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

/**
 * Reads a raw mail with Jakarta Mail: its own text part preferred, an HTML part turned into text
 * otherwise, the other parts kept as attachments (their limits are checked later).
 */
public final class MailParser {
  public static final int MAX_HEADERS = 100_000;
  public static final int MAX_TEXT = 1_000_000;
  private static final int MAX_MESSAGE_ID = 500;
  private static final Session SESSION = Session.getInstance(utf8Headers());

  private MailParser() {}

  public static ParsedMail parse(byte[] raw) throws MessagingException, IOException {
    MimeMessage mail = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
    String from = fromOf(mail);
    Body body = new Body();
    body.read(mail);
    String text = Clip.to(body.text(), MAX_TEXT);
    return new ParsedMail(
        messageIdOf(mail.getHeader("Message-ID", null), raw),
        from,
        mail.getSubject(),
        Clip.to(String.join("\n", Collections.list(mail.getAllHeaderLines())), MAX_HEADERS),
        text,
        ReplyTrimmer.trim(text),
        TicketReferences.messageIds(
            mail.getHeader("In-Reply-To", " "), mail.getHeader("References", " ")),
        AutomaticMail.of(mail, from),
        List.copyOf(body.attachments));
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
    String header = mail.getHeader("From", ",");
    if (header == null) {
      header = mail.getHeader("Sender", ",");
    }
    if (header == null) {
      return null;
    }
    try {
      InternetAddress[] addresses = InternetAddress.parseHeader(header, false);
      for (InternetAddress address : addresses) {
        String email = address.getAddress();
        if (email != null && email.contains("@")) {
          return email.strip();
        }
      }
    } catch (AddressException unreadable) {
      // a From the desk cannot read is no sender it can answer
    }
    return null;
  }

  /** The first plain text, else the first HTML, and every other part as an attachment. */
  private static final class Body {
    private String plain;
    private String html;
    private final List<ParsedMail.Attachment> attachments = new ArrayList<>();

    void read(Part part) throws MessagingException, IOException {
      boolean attached =
          Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null;
      if (part.isMimeType("multipart/*")) {
        Multipart multipart;
        try {
          multipart = (Multipart) part.getContent();
          multipart.getCount();
        } catch (MessagingException | ClassCastException broken) {
          // a broken multipart (no boundary): its bytes as text rather than a mail never received
          if (plain == null) {
            try (InputStream in = part.getInputStream()) {
              plain = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
          }
          return;
        }
        for (int i = 0; i < multipart.getCount(); i++) {
          BodyPart child = multipart.getBodyPart(i);
          read(child);
        }
      } else if (!attached && part.isMimeType("text/plain")) {
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

    String text() {
      if (plain != null && !plain.isBlank()) {
        return plain.replace("\r\n", "\n").strip();
      }
      return html == null ? "" : HtmlText.of(html);
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

    private static String decoded(String name) {
      if (name == null) {
        return null;
      }
      try {
        return MimeUtility.decodeText(name);
      } catch (UnsupportedEncodingException e) {
        return name;
      }
    }

    private static String baseType(String contentType) {
      if (contentType == null) {
        return "application/octet-stream";
      }
      String base = contentType.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
      return base.matches("[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*")
          ? base
          : "application/octet-stream";
    }
  }
}
