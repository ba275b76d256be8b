package fr.orthocab.support.mail.inbound.parsing;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
  private static final Pattern LINE =
      Pattern.compile("^[\\s\\-*•]*([\\p{L} '’\\-]{2,40}?)\\s*[:=]\\s*(.+?)\\s*$");
  private static final Pattern EMAIL =
      Pattern.compile("^<?([^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+?)>?$");
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
      Matcher m = LINE.matcher(line);
      if (!m.matches()) {
        continue;
      }
      Field field = LABELS.get(normalise(m.group(1)));
      String value = m.group(2);
      if (field == Field.SURNAME && found.surname == null && value.length() <= 100) {
        found.surname = value;
      } else if (field == Field.FIRST_NAME && found.firstName == null && value.length() <= 100) {
        found.firstName = value;
      } else if (field == Field.EMAIL && found.email == null) {
        Matcher email = EMAIL.matcher(value);
        if (email.matches() && value.length() <= 320) {
          found.email = email.group(1);
        }
      }
    }
    return found;
  }

  private static String normalise(String label) {
    String plain =
        Normalizer.normalize(label, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replace('’', '\'');
    return plain.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
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
