package fr.orthocab.support.screening;

import fr.orthocab.support.text.FrenchText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The offensive words, read once from the lexicon shipped under {@code screening/lexicon} (see its
 * NOTICE): french-badwords-list (MIT, from Wiktionary) less the desk's exclusions, plus the desk's
 * additions and its English list. Every entry is folded and its leetspeak read, as the words it is
 * compared with; expressions of several words are kept apart.
 */
final class OffensiveLexicon {
  private static final String DIR = "/fr/orthocab/support/screening/lexicon/";
  static final OffensiveLexicon INSTANCE = load();

  private final Set<String> words;
  private final Map<String, String> bySkeleton;
  private final List<List<String>> expressions;

  private OffensiveLexicon(Set<String> words, List<List<String>> expressions) {
    this.words = Set.copyOf(words);
    this.expressions = List.copyOf(expressions);
    Map<String, String> skeletons = new HashMap<>();
    for (String word : words) {
      skeletons.putIfAbsent(skeleton(word), word);
    }
    this.bySkeleton = Map.copyOf(skeletons);
  }

  private static OffensiveLexicon load() {
    Set<String> entries = new HashSet<>();
    entries.addAll(lines("french-badwords-list-1.0.7.txt"));
    entries.addAll(lines("french-additions.txt"));
    entries.addAll(lines("english.txt"));
    for (String excluded : lines("french-exclusions.txt")) {
      entries.remove(excluded.split("\t")[0]);
    }
    Set<String> words = new HashSet<>();
    List<List<String>> expressions = new ArrayList<>();
    for (String entry : entries) {
      if (entry.contains(" ")) {
        expressions.add(List.of(entry.split(" +")));
      } else {
        words.add(entry);
      }
    }
    return new OffensiveLexicon(words, expressions);
  }

  boolean contains(String word) {
    return words.contains(word);
  }

  /** The entry a word with letters repeated for emphasis stands for ("conaaard": connard). */
  String bySkeleton(String word) {
    return bySkeleton.get(skeleton(word));
  }

  /** The entries one letter for one {@code *} could have been: "m*rde", "f**k". */
  String masked(String word) {
    for (String entry : words) {
      if (entry.length() == word.length() && fits(word, entry)) {
        return entry;
      }
    }
    return null;
  }

  List<List<String>> expressions() {
    return expressions;
  }

  private static boolean fits(String masked, String entry) {
    for (int i = 0; i < masked.length(); i++) {
      char c = masked.charAt(i);
      if (c != '*' && c != entry.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Every run of one letter read once: "connard" and "conaaard" are both "conard". */
  static String skeleton(String word) {
    StringBuilder out = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      if (i == 0 || word.charAt(i) != word.charAt(i - 1)) {
        out.append(word.charAt(i));
      }
    }
    return out.toString();
  }

  /** Leetspeak read as letters: "m3rde" is "merde", "@bruti" is "abruti", "!mbecile" too. */
  static String readLeet(String word) {
    StringBuilder out = new StringBuilder(word.length());
    for (char c : word.toCharArray()) {
      out.append(
          switch (c) {
            case '0' -> 'o';
            case '1', '!' -> 'i';
            case '3' -> 'e';
            case '4', '@' -> 'a';
            case '5', '$' -> 's';
            case '7' -> 't';
            default -> c;
          });
    }
    return out.toString();
  }

  private static List<String> lines(String name) {
    InputStream in = OffensiveLexicon.class.getResourceAsStream(DIR + name);
    if (in == null) {
      throw new IllegalStateException("Lexicon file missing: " + name);
    }
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          int tab = entry.indexOf('\t');
          String word = tab < 0 ? entry : entry.substring(0, tab);
          lines.add(readLeet(FrenchText.fold(word)) + (tab < 0 ? "" : entry.substring(tab)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }
}
