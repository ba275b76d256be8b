package fr.orthocab.support.mail.inbound.proof;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The header fields of a mail as the parser kept them (one field a line, folded lines continuing
 * with white space), top first: the order matters, the receiving server writes above the sender.
 */
public final class HeaderFields {
  private final List<Field> fields;

  private HeaderFields(List<Field> fields) {
    this.fields = fields;
  }

  /** One header field, unfolded. */
  public record Field(String name, String value) {}

  public static HeaderFields of(String headers) {
    List<Field> fields = new ArrayList<>();
    if (headers == null) {
      return new HeaderFields(fields);
    }
    StringBuilder current = null;
    for (String line : headers.split("\r?\n", -1)) {
      if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t')) {
        if (current != null) {
          current.append(' ').append(line.strip());
        }
        continue;
      }
      add(fields, current);
      current = new StringBuilder(line);
    }
    add(fields, current);
    return new HeaderFields(List.copyOf(fields));
  }

  private static void add(List<Field> fields, StringBuilder line) {
    if (line == null) {
      return;
    }
    int colon = line.indexOf(":");
    if (colon > 0) {
      fields.add(new Field(line.substring(0, colon).strip(), line.substring(colon + 1).strip()));
    }
  }

  /** The values of the fields with that name (any letter case), top first. */
  public List<String> values(String name) {
    String wanted = name.toLowerCase(Locale.ROOT);
    return fields.stream()
        .filter(f -> f.name().toLowerCase(Locale.ROOT).equals(wanted))
        .map(Field::value)
        .toList();
  }
}
