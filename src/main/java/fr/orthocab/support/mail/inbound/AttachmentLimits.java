package fr.orthocab.support.mail.inbound;

import fr.orthocab.support.attachment.FileCheck;
import fr.orthocab.support.attachment.FileLimits;
import fr.orthocab.support.attachment.Upload;
import fr.orthocab.support.mail.inbound.parsing.ParsedMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Which files the desk keeps from a mail: a type on the allowed list, read from the file's content
 * as for every other channel ({@link FileCheck}; never the type the sender's mail program
 * declares), and a size within the limit, as {@link FileLimits} sets them for every file the desk
 * takes.
 */
@ApplicationScoped
public class AttachmentLimits {
  @Inject FileLimits limits;

  protected AttachmentLimits() {}

  AttachmentLimits(long maxBytes, List<String> allowedTypes) {
    this.limits = new FileLimits(maxBytes, allowedTypes);
  }

  /** Why the file is refused, or nothing when it is kept. */
  Optional<Refusal> check(ParsedMail.Attachment file) {
    if (file.size() > limits.maxBytes()) {
      return Optional.of(Refusal.TOO_LARGE);
    }
    return limits.allows(typeOf(file)) ? Optional.empty() : Optional.of(Refusal.TYPE);
  }

  /** What the file is, from its content (its name only refines what the content shows). */
  static String typeOf(ParsedMail.Attachment file) {
    return FileCheck.typeOf(new Upload(file.fileName(), file.content()));
  }

  long maxBytes() {
    return limits.maxBytes();
  }

  /** Why a file was not kept. */
  public enum Refusal {
    TOO_LARGE,
    TYPE
  }
}
