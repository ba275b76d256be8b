package fr.orthocab.support.mail.inbound.parsing;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * What the desk knows of a mail from its header block alone, read from the bytes and never from the
 * mailbox's connection: enough to count a failure and to keep the mail for agents even when its
 * body cannot be read, or when the connection dropped while it was being read.
 *
 * @param messageId its Message-ID, or one made from the hash of the raw bytes
 * @param fingerprint a hash of what the sender wrote (From, To, Cc, Subject, Date and the body),
 *     the same for the same mail delivered twice whatever the servers added (Received, ...)
 */
public record RawMail(
    String messageId, String from, String subject, String headers, String fingerprint) {
  private static final List<String> WRITTEN_BY_SENDER =
      List.of("From", "To", "Cc", "Subject", "Date");

  /** Never fails: a header block it cannot read is taken as empty. */
  public static RawMail of(byte[] raw) {
    ByteArrayInputStream in = new ByteArrayInputStream(raw);
    InternetHeaders headers;
    try {
      headers = new InternetHeaders(in, true);
    } catch (MessagingException | RuntimeException unreadable) {
      headers = new InternetHeaders();
      in = new ByteArrayInputStream(raw);
    }
    int bodyStart = raw.length - in.available();
    return new RawMail(
        MailParser.messageIdOf(headers.getHeader("Message-ID", null), raw),
        senderOf(headers.getHeader("From", ","), headers.getHeader("Sender", ",")),
        subjectOf(headers.getHeader("Subject", null)),
        String.join("\n", Collections.list(headers.getAllHeaderLines())),
        fingerprint(headers, raw, bodyStart));
  }

  private static String subjectOf(String header) {
    if (header == null) {
      return null;
    }
    try {
      return MimeUtility.decodeText(MimeUtility.unfold(header));
    } catch (UnsupportedEncodingException | RuntimeException unknownCharset) {
      return header;
    }
  }

  private static String fingerprint(InternetHeaders headers, byte[] raw, int bodyStart) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
    for (String name : WRITTEN_BY_SENDER) {
      String value = headers.getHeader(name, ",");
      String unfolded = value == null ? "" : MimeUtility.unfold(value).strip();
      digest.update((name + ":" + unfolded + "\n").getBytes(StandardCharsets.UTF_8));
    }
    // line ends and trailing white space are what servers change on the way; nothing else
    int end = raw.length;
    while (end > bodyStart && Character.isWhitespace(raw[end - 1])) {
      end--;
    }
    for (int i = bodyStart; i < end; i++) {
      if (raw[i] != '\r' || i + 1 >= end || raw[i + 1] != '\n') {
        digest.update(raw[i]);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The first address of From, or of Sender when there is no From; null when none is readable. */
  static String senderOf(String from, String sender) {
    String header = from == null ? sender : from;
    if (header == null) {
      return null;
    }
    try {
      for (InternetAddress address : InternetAddress.parseHeader(header, false)) {
        String email = address.getAddress();
        if (email != null && email.contains("@")) {
          return email.strip();
        }
      }
    } catch (AddressException | RuntimeException unreadable) {
      // a From the desk cannot read is no sender it can answer
    }
    return null;
  }
}
