package fr.orthocab.support.mail.inbound.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Any text a sender writes, read as an identification answer without failing; on short texts, read
 * exactly as the former regular expressions read it (kept here as the oracle: quadratic on long
 * runs of spaces, harmless on a few hundred characters), but for a blank value, which no longer
 * counts as given.
 */
class IdentificationAnswerFuzzTest {
  private static final int ORACLE_LENGTH = 300;
  private static final Pattern LINE =
      Pattern.compile("^[\\s\\-*•]*([\\p{L} '’\\-]{2,40}?)\\s*[:=]\\s*(.+?)\\s*$");
  private static final Pattern EMAIL =
      Pattern.compile("^<?([^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+?)>?$");
  private static final Set<String> SURNAME =
      Set.of("nom", "nom de famille", "surname", "last name", "family name");
  private static final Set<String> FIRST_NAME =
      Set.of("prenom", "first name", "firstname", "given name");
  private static final Set<String> EMAIL_LABELS =
      Set.of(
          "email de connexion",
          "e-mail de connexion",
          "mail de connexion",
          "adresse email",
          "adresse e-mail",
          "adresse email de connexion",
          "adresse e-mail de connexion",
          "courriel",
          "email",
          "e-mail",
          "login email",
          "login e-mail",
          "login");

  @FuzzTest(maxDuration = "8s")
  void in(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    Optional<IdentificationAnswer> answer = IdentificationAnswer.in(text);
    boolean attempted = IdentificationAnswer.attempted(text);
    if (text.length() <= ORACLE_LENGTH) {
      String[] former = formerRead(text);
      assertEquals(former[0] != null || former[1] != null || former[2] != null, attempted, text);
      assertEquals(
          former[0] != null && former[1] != null && former[2] != null
              ? Optional.of(new IdentificationAnswer(former[0], former[1], former[2]))
              : Optional.empty(),
          answer,
          text);
    }
  }

  /** The former reading: surname, first name, email. */
  private static String[] formerRead(String text) {
    String[] found = new String[3];
    for (String line : text.split("\\R")) {
      if (line.stripLeading().startsWith(">")) {
        continue;
      }
      Matcher m = LINE.matcher(line);
      // a value of white space alone (as the expressions' \\s read it) no longer counts
      if (!m.matches() || m.group(2).matches("\\s+")) {
        continue;
      }
      String label = normalise(m.group(1));
      String value = m.group(2);
      if (SURNAME.contains(label) && found[0] == null && value.length() <= 100) {
        found[0] = value;
      } else if (FIRST_NAME.contains(label) && found[1] == null && value.length() <= 100) {
        found[1] = value;
      } else if (EMAIL_LABELS.contains(label) && found[2] == null) {
        Matcher email = EMAIL.matcher(value);
        if (email.matches() && value.length() <= 320) {
          found[2] = email.group(1);
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
}
