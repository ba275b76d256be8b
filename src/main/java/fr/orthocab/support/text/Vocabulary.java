package fr.orthocab.support.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Words and phrases of one side of a question, each with a weight, written in plain French and
 * analysed like the texts they are looked for in (so "liens", "lien" and "LIEN" are one entry). A
 * phrase matches its stems in a row; each entry counts once, however often it occurs, and two
 * spellings of one stem ("grésille", "grésillement") are one entry, the first one added.
 */
public final class Vocabulary {
  private record Entry(String phrase, List<String> stems, int weight) {}

  private final List<Entry> entries = new ArrayList<>();

  /** Adds phrases that weigh the same. */
  public Vocabulary weigh(int weight, String... phrases) {
    for (String phrase : phrases) {
      List<String> stems = FrenchText.analysis().terms(phrase);
      if (stems.isEmpty()) {
        throw new IllegalArgumentException("Only stop words: " + phrase);
      }
      if (entries.stream().noneMatch(e -> e.stems().equals(stems))) {
        entries.add(new Entry(phrase, stems, weight));
      }
    }
    return this;
  }

  /** The entries found in the analysed text. */
  public List<String> found(List<String> terms) {
    List<String> found = new ArrayList<>();
    for (Entry entry : entries) {
      if (occurs(entry.stems(), terms)) {
        found.add(entry.phrase());
      }
    }
    return found;
  }

  /** The sum of the weights of the entries found in the analysed text. */
  public int score(List<String> terms) {
    int score = 0;
    for (Entry entry : entries) {
      if (occurs(entry.stems(), terms)) {
        score += entry.weight();
      }
    }
    return score;
  }

  private static boolean occurs(List<String> phrase, List<String> terms) {
    outer:
    for (int i = 0; i + phrase.size() <= terms.size(); i++) {
      for (int j = 0; j < phrase.size(); j++) {
        if (!terms.get(i + j).equals(phrase.get(j))) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
