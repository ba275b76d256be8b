package fr.orthocab.support.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which files the desk takes, whichever way they come (mailed, attached to a reply): the types on
 * the allowed list and a size within the limit, read here and nowhere else. HTML, SVG and XML are
 * never allowed, whatever the setting says: they would be active content in a browser.
 */
@ApplicationScoped
public class FileLimits {
  public static final String DEFAULT_TYPES =
      "application/pdf,image/png,image/jpeg,image/gif,image/webp,text/plain,text/csv,"
          + "application/msword,application/vnd.ms-excel,"
          + "application/vnd.openxmlformats-officedocument.wordprocessingml.document,"
          + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,"
          + "application/vnd.oasis.opendocument.text,application/vnd.oasis.opendocument.spreadsheet";
  private static final Set<String> NEVER =
      Set.of("text/html", "application/xhtml+xml", "image/svg+xml", "text/xml", "application/xml");

  /** Files on one reply, so that its mail stays within what mail servers take. */
  public static final int MAX_FILES = 5;

  @Inject
  @ConfigProperty(name = "app.mail.attachments.max-bytes", defaultValue = "10485760")
  long maxBytes;

  @Inject
  @ConfigProperty(name = "app.mail.attachments.allowed-types", defaultValue = DEFAULT_TYPES)
  List<String> allowedTypes;

  protected FileLimits() {}

  public FileLimits(long maxBytes, List<String> allowedTypes) {
    this.maxBytes = maxBytes;
    this.allowedTypes = allowedTypes;
  }

  public long maxBytes() {
    return maxBytes;
  }

  /** The files of one reply together: never past 15 MB, or one file's limit if that is more. */
  public long maxTotalBytes() {
    return Math.max(maxBytes, 15L * 1024 * 1024);
  }

  /** The types taken, in the setting's order, less those never taken. */
  public List<String> types() {
    return allowedTypes.stream()
        .map(t -> t.strip().toLowerCase(Locale.ROOT))
        .filter(t -> !t.isEmpty() && !NEVER.contains(t))
        .distinct()
        .toList();
  }

  public boolean allows(String type) {
    String normalised = type.toLowerCase(Locale.ROOT);
    return !NEVER.contains(normalised) && allowed().contains(normalised);
  }

  private Set<String> allowed() {
    return allowedTypes.stream()
        .map(t -> t.strip().toLowerCase(Locale.ROOT))
        .collect(Collectors.toSet());
  }
}
