package fr.orthocab.support.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The part of a text that shows why a search found it: about {@code width} characters around the
 * first word whose terms ({@link SearchTerms}) are among the query's, cut at word boundaries, as
 * segments marked matched or not. Pages render each segment escaped; nothing here is markup.
 */
public record Passage(List<Segment> segments, int matches) {
  public Passage {
    segments = List.copyOf(segments);
  }

  /** A piece of the text as written; {@code matched} when it is a word the search looked for. */
  public record Segment(String text, boolean matched) {}

  public static Passage of(String text, Set<String> queryTerms, int width) {
    if (text == null || text.isBlank()) {
      return new Passage(List.of(), 0);
    }
    List<Word> words = Words.of(text);
    List<Word> matched = new ArrayList<>();
    for (Word word : words) {
      if (SearchTerms.of(word.written()).stream().anyMatch(queryTerms::contains)) {
        matched.add(word);
      }
    }
    int first = matched.isEmpty() ? 0 : matched.get(0).start();
    int from = wordStartAtOrBefore(words, Math.max(0, first - width / 3));
    int to = wordEndAtOrAfter(words, text, Math.min(text.length(), from + width));
    List<Segment> segments = new ArrayList<>();
    if (from > 0) {
      segments.add(new Segment("… ", false));
    }
    int at = from;
    for (Word word : matched) {
      if (word.start() < from || word.end() > to) {
        continue;
      }
      if (word.start() > at) {
        segments.add(new Segment(oneLine(text.substring(at, word.start())), false));
      }
      segments.add(new Segment(word.written(), true));
      at = word.end();
    }
    if (at < to) {
      segments.add(new Segment(oneLine(text.substring(at, to)), false));
    }
    if (to < text.length()) {
      segments.add(new Segment(" …", false));
    }
    return new Passage(segments, matched.size());
  }

  private static int wordStartAtOrBefore(List<Word> words, int index) {
    int start = 0;
    for (Word word : words) {
      if (word.start() > index) {
        break;
      }
      start = word.start();
    }
    return start;
  }

  private static int wordEndAtOrAfter(List<Word> words, String text, int index) {
    for (Word word : words) {
      if (word.start() < index && word.end() >= index) {
        return word.end();
      }
    }
    return Math.min(index, text.length());
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ");
  }
}
