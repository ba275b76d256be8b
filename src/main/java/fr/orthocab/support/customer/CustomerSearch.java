package fr.orthocab.support.customer;

import java.util.ArrayList;
import java.util.List;

/**
 * Which customers a list shows; the parts given combine. {@code words}: each word typed must begin
 * a first name, a surname or a login email (case and accents aside), so "lefev nadia" finds Nadia
 * Lefèvre; {@code packCode}: covered by that pack now; {@code active}: covered by a subscription
 * now (true) or not (false, lapsed or never subscribed).
 */
public record CustomerSearch(String words, String packCode, Boolean active) {
  /** Letters folded by {@link #FOLDED} in the database: lower-case accented, then plain. */
  static final String ACCENTED = "àâäáãåçéèêëíìîïñóòôöõúùûüýÿ";

  static final String FOLDED = "aaaaaaceeeeiiiinooooouuuuyy";

  public CustomerSearch {
    words = words == null || words.isBlank() ? null : words.strip();
    packCode = packCode == null || packCode.isBlank() ? null : packCode;
  }

  /**
   * The words as the database compares them: lower case, accents folded, without the characters a
   * {@code LIKE} pattern reads ({@code %}, {@code _}, {@code \}), at most 8.
   */
  List<String> foldedWords() {
    List<String> folded = new ArrayList<>();
    if (words == null) {
      return folded;
    }
    for (String word : words.split("[\\s,;]+")) {
      String clean = fold(word).replaceAll("[%_\\\\]", "");
      if (!clean.isEmpty() && folded.size() < 8) {
        folded.add(clean);
      }
    }
    return folded;
  }

  static String fold(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
      int i = ACCENTED.indexOf(c);
      out.append(i < 0 ? c : FOLDED.charAt(i));
    }
    return out.toString();
  }
}
