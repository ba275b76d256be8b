package fr.orthocab.support.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A text compared case and accents aside ("Hélène", "HELENE" and "helene" read the same), for the
 * short words the desk matches as written: placeholders, mentions, a renewal question's cues. Texts
 * to understand go through {@link FrenchText} instead.
 */
public final class Folding {
  private Folding() {}

  public static String caseAndAccents(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT);
  }
}
