package fr.orthocab.support.mail.inbound.parsing;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Surname, first name and login email as a sender writes them in answer to the identification
 * request (ID-INFO), one per line, label then value. Accepted, in any case, with or without
 * accents, after an optional bullet ("-", "*", "•"), with ":" or "=" between label and value:
 *
 * <ul>
 *   <li>surname: "Nom", "Nom de famille", "Surname", "Last name", "Family name";
 *   <li>first name: "Prénom", "First name", "Firstname", "Given name";
 *   <li>login email: "Email de connexion", "E-mail de connexion", "Adresse email (de connexion)",
 *       "Adresse e-mail (de connexion)", "Courriel", "Email", "E-mail", "Login email", "Login"; the
 *       value must look like an email address.
 * </ul>
 *
 * Quoted lines ("&gt; Nom :") are never read: they are the desk's own request. The first value of
 * each field wins. Nothing else (a name in the signature, the sender's address) stands in for a
 * missing field.
 */
public record IdentificationAnswer(String surname, String firstName, String loginEmail) {
  private static final int MAX_LABEL = 40;
  private static final Map<String, Field> LABELS =
      Map.ofEntries(
          Map.entry("nom", Field.SURNAME),
          Map.entry("nom de famille", Field.SURNAME),
          Map.entry("surname", Field.SURNAME),
          Map.entry("last name", Field.SURNAME),
          Map.entry("family name", Field.SURNAME),
          Map.entry("prenom", Field.FIRST_NAME),
          Map.entry("first name", Field.FIRST_NAME),
          Map.entry("firstname", Field.FIRST_NAME),
          Map.entry("given name", Field.FIRST_NAME),
          Map.entry("email de connexion", Field.EMAIL),
          Map.entry("e-mail de connexion", Field.EMAIL),
          Map.entry("mail de connexion", Field.EMAIL),
          Map.entry("adresse email", Field.EMAIL),
          Map.entry("adresse e-mail", Field.EMAIL),
          Map.entry("adresse email de connexion", Field.EMAIL),
          Map.entry("adresse e-mail de connexion", Field.EMAIL),
          Map.entry("courriel", Field.EMAIL),
          Map.entry("email", Field.EMAIL),
          Map.entry("e-mail", Field.EMAIL),
          Map.entry("login email", Field.EMAIL),
          Map.entry("login e-mail", Field.EMAIL),
          Map.entry("login", Field.EMAIL));

  private enum Field {
    SURNAME,
    FIRST_NAME,
    EMAIL
  }

  /** The three fields when the text gives all of them. */
  public static Optional<IdentificationAnswer> in(String text) {
    Partial found = read(text);
    return found.complete()
        ? Optional.of(new IdentificationAnswer(found.surname, found.firstName, found.email))
        : Optional.empty();
  }

  /** Whether the text gives at least one of the fields (an attempt to answer). */
  public static boolean attempted(String text) {
    Partial found = read(text);
    return found.surname != null || found.firstName != null || found.email != null;
  }

  private static Partial read(String text) {
    Partial found = new Partial();
    if (text == null) {
      return found;
    }
    for (String line : text.split("\\R")) {
      if (line.stripLeading().startsWith(">")) {
        continue;
      }
      LabelledLine labelled = LabelledLine.of(line);
      if (labelled == null || labelled.value().isEmpty()) {
        continue;
      }
      Field field = LABELS.get(normalise(labelled.label()));
      String value = labelled.value();
      if (field == Field.SURNAME && found.surname == null && value.length() <= 100) {
        found.surname = value;
      } else if (field == Field.FIRST_NAME && found.firstName == null && value.length() <= 100) {
        found.firstName = value;
      } else if (field == Field.EMAIL && found.email == null && value.length() <= 320) {
        found.email = address(value);
      }
    }
    return found;
  }

  /** The address, without angle brackets, when the value reads as one; else null. */
  private static String address(String value) {
    String address = value.startsWith("<") ? value.substring(1) : value;
    address = address.endsWith(">") ? address.substring(0, address.length() - 1) : address;
    int at = address.indexOf('@');
    if (at < 1 || address.indexOf('@', at + 1) >= 0) {
      return null;
    }
    for (int i = 0; i < address.length(); i++) {
      char c = address.charAt(i);
      if (c == '<' || c == '>' || isSpace(c)) {
        return null;
      }
    }
    String domain = address.substring(at + 1);
    for (int dot = domain.indexOf('.', 1); dot > 0; dot = domain.indexOf('.', dot + 1)) {
      if (dot < domain.length() - 1) {
        return address;
      }
    }
    return null;
  }

  private static boolean isBullet(char c) {
    return isSpace(c) || c == '-' || c == '*' || c == '•';
  }

  private static boolean isLabelCharacter(char c) {
    return Character.isLetter(c) || c == ' ' || c == '\'' || c == '’' || c == '-';
  }

  /** What {@code \\s} meant in the former expression: ASCII white space only. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static String strip(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static String normalise(String label) {
    String plain =
        Normalizer.normalize(label, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replace('’', '\'');
    return plain.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
  }

  /** A line read as label and value, or null when it is none. */
  private record LabelledLine(String label, String value) {
    /**
     * After an optional bullet, a label (letters, spaces, apostrophes, hyphens; 2 to 40 of them),
     * then ':' or '=' and the value. Read by hand in one pass: a regular expression for it
     * backtracked quadratically on long runs of spaces, and one mail held up every later one.
     */
    static LabelledLine of(String line) {
      int start = 0;
      while (start < line.length() && isBullet(line.charAt(start))) {
        start++;
      }
      int end = start;
      while (end < line.length() && isLabelCharacter(line.charAt(end))) {
        end++;
      }
      int separator = end;
      while (separator < line.length() && isSpace(line.charAt(separator))) {
        separator++;
      }
      if (separator == line.length()
          || (line.charAt(separator) != ':' && line.charAt(separator) != '=')) {
        return null;
      }
      int label = end - start;
      while (label > 0 && line.charAt(start + label - 1) == ' ') {
        label--;
      }
      // as the former expression read it: 2 to 40 characters, spaces after the label allowed
      if (Math.max(2, label) > Math.min(MAX_LABEL, end - start)) {
        return null;
      }
      return new LabelledLine(
          line.substring(start, start + label), strip(line.substring(separator + 1)));
    }
  }

  private static final class Partial {
    String surname;
    String firstName;
    String email;

    boolean complete() {
      return surname != null && firstName != null && email != null;
    }
  }
}
