package fr.orthocab.support.mail.inbound.parsing;

import java.util.List;

/**
 * A mail as the desk reads it.
 *
 * @param messageId its Message-ID, or a stable one made from a hash of the raw message
 * @param from the sender's address, or null when none can be read
 * @param text the whole text (HTML turned into text), as the sender wrote it
 * @param reply the text without quoted history and signature
 * @param threadIds the Message-IDs of In-Reply-To and References
 */
public record ParsedMail(
    String messageId,
    String from,
    String subject,
    String headers,
    String text,
    String reply,
    List<String> threadIds,
    AutomaticMail kind,
    List<Attachment> attachments) {

  /** A file the mail carried, as declared by the sender. */
  public record Attachment(String fileName, String contentType, byte[] content) {
    public long size() {
      return content.length;
    }
  }
}
