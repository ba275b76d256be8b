package fr.orthocab.support.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A text cut into the words as written, with their places, for the readers that must point at a
 * word (highlighting) or look at its surface (disguised spellings). A word is a run of letters and
 * digits; an apostrophe ends one (elision: "l'enculé" is "l" and "enculé"). Characters customers
 * use inside a word to disguise it ({@code @ $ * !}, and a hyphen, a dot or an underscore between
 * two letters) are kept in it, for the reader to decide.
 */
public final class Words {
  private Words() {}

  public static List<Word> of(String text) {
    List<Word> words = new ArrayList<>();
    if (text == null) {
      return words;
    }
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (!starts(text, i)) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && (isWordChar(text.charAt(i)) || joins(text, i))) {
        i++;
      }
      String written = text.substring(start, i);
      words.add(new Word(written, FrenchText.fold(written), start, i));
    }
    return words;
  }

  private static boolean starts(String text, int i) {
    char c = text.charAt(i);
    return Character.isLetterOrDigit(c) || c == '@' || c == '$';
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '@' || c == '$' || c == '*';
  }

  /** A joiner between two word characters: "pu-tain", "encu.lés", "m!erde". */
  private static boolean joins(String text, int i) {
    char c = text.charAt(i);
    if (c != '-' && c != '.' && c != '_' && c != '!') {
      return false;
    }
    return i > 0
        && i + 1 < text.length()
        && isWordChar(text.charAt(i - 1))
        && Character.isLetterOrDigit(text.charAt(i + 1));
  }
}
