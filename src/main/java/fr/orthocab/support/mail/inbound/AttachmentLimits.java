package fr.orthocab.support.mail.inbound;

import fr.orthocab.support.mail.inbound.parsing.ParsedMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which files the desk keeps from a mail: a type on the allowed list (as the sender declares it;
 * never served inline anyway) and a size within the limit. HTML and SVG are never allowed, whatever
 * the setting says: they would be active content in a browser.
 */
@ApplicationScoped
public class AttachmentLimits {
  static final String DEFAULT_TYPES =
      "application/pdf,image/png,image/jpeg,image/gif,image/webp,text/plain,text/csv,"
          + "application/msword,application/vnd.ms-excel,"
          + "application/vnd.openxmlformats-officedocument.wordprocessingml.document,"
          + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,"
          + "application/vnd.oasis.opendocument.text,application/vnd.oasis.opendocument.spreadsheet";
  private static final Set<String> NEVER =
      Set.of("text/html", "application/xhtml+xml", "image/svg+xml", "text/xml", "application/xml");

  @Inject
  @ConfigProperty(name = "app.mail.attachments.max-bytes", defaultValue = "10485760")
  long maxBytes;

  @Inject
  @ConfigProperty(name = "app.mail.attachments.allowed-types", defaultValue = DEFAULT_TYPES)
  List<String> allowedTypes;

  protected AttachmentLimits() {}

  AttachmentLimits(long maxBytes, List<String> allowedTypes) {
    this.maxBytes = maxBytes;
    this.allowedTypes = allowedTypes;
  }

  /** Why the file is refused, or nothing when it is kept. */
  Optional<Refusal> check(ParsedMail.Attachment file) {
    if (file.size() > maxBytes) {
      return Optional.of(Refusal.TOO_LARGE);
    }
    String type = file.contentType().toLowerCase(Locale.ROOT);
    if (NEVER.contains(type) || !allowed().contains(type)) {
      return Optional.of(Refusal.TYPE);
    }
    return Optional.empty();
  }

  long maxBytes() {
    return maxBytes;
  }

  private Set<String> allowed() {
    return allowedTypes.stream()
        .map(t -> t.strip().toLowerCase(Locale.ROOT))
        .collect(Collectors.toSet());
  }

  /** Why a file was not kept. */
  public enum Refusal {
    TOO_LARGE,
    TYPE
  }
}
