package fr.orthocab.support.screening;

import fr.orthocab.support.text.Word;
import fr.orthocab.support.text.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * REFUSE-LANGUAGE: the offensive words of a text, whole words only ("con" in "connexion" or
 * "conseil" is never one), read through the disguises customers use: case, accents, letters
 * repeated for emphasis ("conaaard"), leetspeak ("m3rde"), letters spaced out ("p u t a i n"), a
 * word cut by a hyphen or a dot ("pu-tain", "encu.lés"), letters masked with {@code *} ("m*rde").
 * Not flagged: a capitalised name after a civility ("Mme Conard"), and the old clinical terms a
 * speech therapist quotes from a file ("débile léger", "crétinisme", "débilité" are other words
 * anyway). Flags for an agent; it never refuses by itself.
 */
public final class OffensiveLanguage {
  private static final OffensiveLexicon LEXICON = OffensiveLexicon.INSTANCE;

  private static final Set<String> CIVILITIES =
      Set.of(
          "m",
          "mr",
          "mme",
          "mlle",
          "mmes",
          "madame",
          "monsieur",
          "mademoiselle",
          "dr",
          "docteur",
          "pr",
          "professeur",
          "me",
          "maitre");

  /** Old nosology: "débile léger", "débilité profonde", "crétin" in a quoted diagnosis. */
  private static final Set<String> CLINICAL_AFTER =
      Set.of(
          "leger",
          "legere",
          "legers",
          "legeres",
          "moyen",
          "moyenne",
          "profond",
          "profonde",
          "mental",
          "mentale",
          "mentaux");

  private static final Set<String> CLINICAL_TERMS = Set.of("debile", "debiles", "cretin");

  private OffensiveLanguage() {}

  public static List<OffensiveWord> find(String text) {
    List<OffensiveWord> found = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return found;
    }
    List<Word> words = Words.of(text);
    spacedOut(text, words, found);
    for (int i = 0; i < words.size(); i++) {
      Word word = words.get(i);
      if (isNameAfterCivility(words, i) || isClinical(words, i)) {
        continue;
      }
      String entry = entryOf(word.folded());
      if (entry != null) {
        found.add(new OffensiveWord(word.written(), entry, word.start(), word.end()));
      }
    }
    expressions(words, found);
    found.sort(Comparator.comparingInt(OffensiveWord::start));
    return dedupe(found);
  }

  /** The lexicon's entry a folded word stands for, or null. */
  static String entryOf(String folded) {
    if (folded.chars().noneMatch(Character::isLetter)) {
      return null;
    }
    String read = OffensiveLexicon.readLeet(folded);
    String entry = lookUp(read);
    if (entry == null && read.contains("-")) {
      entry = lookUp(read.replace("-", ""));
    }
    if (entry == null && (read.contains(".") || read.contains("_"))) {
      entry = lookUp(read.replaceAll("[._]", ""));
      for (String part : read.split("[._-]+")) {
        entry = entry != null ? entry : lookUp(part);
      }
    }
    return entry;
  }

  private static String lookUp(String word) {
    if (word.isEmpty()) {
      return null;
    }
    if (word.contains("*")) {
      int shown = word.replace("*", "").length();
      return shown >= 2 && word.charAt(0) != '*' ? LEXICON.masked(word) : null;
    }
    for (String form : inflections(word)) {
      if (LEXICON.contains(form)) {
        return form;
      }
    }
    if (hasEmphasis(word)) {
      for (String form : inflections(word)) {
        String entry = LEXICON.bySkeleton(form);
        if (entry != null) {
          return entry;
        }
      }
    }
    return null;
  }

  /** The word and its singular: plurals in -s and -x, and the feminine of longer words. */
  private static List<String> inflections(String word) {
    List<String> forms = new ArrayList<>(List.of(word));
    if (word.length() > 3 && (word.endsWith("s") || word.endsWith("x"))) {
      forms.add(word.substring(0, word.length() - 1));
    }
    if (word.length() >= 6 && word.endsWith("es")) {
      forms.add(word.substring(0, word.length() - 2));
    }
    if (word.length() >= 6 && word.endsWith("e")) {
      forms.add(word.substring(0, word.length() - 1));
    }
    return forms;
  }

  /**
   * Three of one letter in a row is emphasis ("conaaard"); two is spelling, and "conard" is not
   * "connard" (it is a surname too).
   */
  private static boolean hasEmphasis(String word) {
    for (int i = 2; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c) && c == word.charAt(i - 1) && c == word.charAt(i - 2)) {
        return true;
      }
    }
    return false;
  }

  /** Three or more single letters separated by spaces only, read as one word: "p u t a i n". */
  private static void spacedOut(String text, List<Word> words, List<OffensiveWord> found) {
    int i = 0;
    while (i < words.size()) {
      int j = i;
      while (j < words.size()
          && words.get(j).folded().length() == 1
          && (j == i || text.substring(words.get(j - 1).end(), words.get(j).start()).isBlank())) {
        j++;
      }
      if (j - i >= 3) {
        spacedWithin(text, words.subList(i, j), found);
      }
      i = Math.max(j, i + 1);
    }
  }

  /**
   * The longest spans of three letters or more of a run that read as an offensive word: "p u t a i
   * n d'agenda" has "putain" before the elided "d".
   */
  private static void spacedWithin(String text, List<Word> run, List<OffensiveWord> found) {
    int from = 0;
    while (from + 3 <= run.size()) {
      int matched = 0;
      for (int to = run.size(); to >= from + 3 && matched == 0; to--) {
        StringBuilder joined = new StringBuilder();
        for (Word letter : run.subList(from, to)) {
          joined.append(letter.folded());
        }
        String entry = entryOf(joined.toString());
        if (entry != null) {
          int start = run.get(from).start();
          int end = run.get(to - 1).end();
          found.add(new OffensiveWord(text.substring(start, end), entry, start, end));
          matched = to - from;
        }
      }
      from += Math.max(matched, 1);
    }
  }

  private static void expressions(List<Word> words, List<OffensiveWord> found) {
    for (List<String> expression : LEXICON.expressions()) {
      for (int i = 0; i + expression.size() <= words.size(); i++) {
        boolean matches = true;
        for (int k = 0; k < expression.size() && matches; k++) {
          String read = OffensiveLexicon.readLeet(words.get(i + k).folded());
          matches = read.equals(expression.get(k));
        }
        if (matches) {
          Word first = words.get(i);
          Word last = words.get(i + expression.size() - 1);
          found.add(
              new OffensiveWord(
                  first.written().isEmpty() ? "" : textBetween(words, i, i + expression.size()),
                  String.join(" ", expression),
                  first.start(),
                  last.end()));
        }
      }
    }
  }

  private static String textBetween(List<Word> words, int from, int to) {
    StringBuilder out = new StringBuilder();
    for (int k = from; k < to; k++) {
      out.append(k == from ? "" : " ").append(words.get(k).written());
    }
    return out.toString();
  }

  private static boolean isNameAfterCivility(List<Word> words, int i) {
    Word word = words.get(i);
    return i > 0
        && Character.isUpperCase(word.written().charAt(0))
        && !word.written().equals(word.written().toUpperCase(Locale.ROOT))
        && CIVILITIES.contains(words.get(i - 1).folded());
  }

  private static boolean isClinical(List<Word> words, int i) {
    return CLINICAL_TERMS.contains(words.get(i).folded())
        && i + 1 < words.size()
        && CLINICAL_AFTER.contains(words.get(i + 1).folded());
  }

  /** One finding per place: an expression covers the words inside it. */
  private static List<OffensiveWord> dedupe(List<OffensiveWord> sorted) {
    List<OffensiveWord> kept = new ArrayList<>();
    for (OffensiveWord word : sorted) {
      if (!kept.isEmpty() && word.start() < kept.get(kept.size() - 1).end()) {
        OffensiveWord last = kept.get(kept.size() - 1);
        if (word.end() - word.start() > last.end() - last.start()) {
          kept.set(kept.size() - 1, word);
        }
        continue;
      }
      kept.add(word);
    }
    return kept;
  }
}
