package fr.orthocab.support.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Objects;

/**
 * Where a page of the trail stopped: the last entry shown, so that the next page starts strictly
 * older than it (keyset paging: no offset, nothing counted). Given out as an opaque text.
 */
public record AuditCursor(Instant occurredAt, long id) {
  public AuditCursor {
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  public static AuditCursor after(AuditEntry entry) {
    return new AuditCursor(entry.getOccurredAt(), entry.getId());
  }

  /** The opaque text of this cursor, safe in a URL. */
  public String text() {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((occurredAt + "|" + id).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The cursor a text stands for.
   *
   * @throws IllegalArgumentException when it is none the desk gave out
   */
  public static AuditCursor parse(String text) {
    try {
      String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
      int bar = decoded.indexOf('|');
      if (bar < 0) {
        throw new IllegalArgumentException("Not a cursor of the audit trail");
      }
      return new AuditCursor(
          Instant.parse(decoded.substring(0, bar)), Long.parseLong(decoded.substring(bar + 1)));
    } catch (DateTimeParseException | NullPointerException e) {
      throw new IllegalArgumentException("Not a cursor of the audit trail", e);
    }
  }
}
