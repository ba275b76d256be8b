package fr.orthocab.support.mail.inbound.parsing;

import fr.orthocab.support.platform.Clip;
import jakarta.mail.Part;
import java.util.List;

/**
 * A mail as the desk reads it.
 *
 * @param messageId its Message-ID, or a stable one made from a hash of the raw message
 * @param from the sender's address, or null when none can be read
 * @param text the whole text (HTML turned into text), as the sender wrote it
 * @param reply the text without quoted history and signature
 * @param threadIds the Message-IDs of In-Reply-To and References
 * @param unreadable the parts that could not be read (the rest of the mail was)
 * @param fingerprint what the sender wrote, hashed: tells a mail delivered twice from another mail
 *     that reuses its Message-ID
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
    List<Attachment> attachments,
    List<UnreadablePart> unreadable,
    String fingerprint) {

  /** A file the mail carried, as declared by the sender. */
  public record Attachment(String fileName, String contentType, byte[] content) {
    public long size() {
      return content.length;
    }
  }

  /** A part of the mail that could not be read, as agents see it listed. */
  public record UnreadablePart(String fileName, String contentType, String why) {
    private static final int MAX_WHY = 200;

    static UnreadablePart of(Part part, Exception failure) {
      String name;
      String type;
      try {
        name =
            part.getFileName() == null
                ? null
                : FileNames.safe(MailParser.decoded(part.getFileName()));
      } catch (Exception unreadableName) {
        name = null;
      }
      try {
        type = MailParser.baseType(part.getContentType());
      } catch (Exception unreadableType) {
        type = "application/octet-stream";
      }
      String why =
          failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
      return new UnreadablePart(name, type, Clip.marked(why, MAX_WHY));
    }

    /** "facture.pdf (application/pdf) : why", or the type alone for a part without a name. */
    public String describe() {
      return (fileName == null ? "" : fileName + " ") + "(" + contentType + ") : " + why;
    }
  }
}
