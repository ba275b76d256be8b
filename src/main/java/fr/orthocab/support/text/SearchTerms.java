package fr.orthocab.support.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The words a search compares: the desk's French stems ({@link FrenchText}), cut into runs of ASCII
 * letters and digits. Documents and queries go through the same cut, so that the database's token
 * rules (PostgreSQL's {@code simple} parser, H2's space-padded {@code LIKE}) never see a dot, an
 * apostrophe or an {@code @} that one of them would read differently.
 */
public final class SearchTerms {
  private SearchTerms() {}

  /** Every term of the text, in order, repeated as often as it is written. */
  public static List<String> of(String text) {
    List<String> terms = new ArrayList<>();
    for (String stem : FrenchText.analysis().terms(text)) {
      for (String part : stem.split("[^a-z0-9]+")) {
        if (!part.isEmpty()) {
          terms.add(part);
        }
      }
    }
    return terms;
  }

  /** The distinct terms of what an agent typed, in order; empty when nothing searchable is left. */
  public static Set<String> ofQuery(String words) {
    return new LinkedHashSet<>(of(words));
  }

  /**
   * The terms as the stored document writes them: each followed by one space, so that documents
   * append to one another and, after a leading space, every term reads {@code " term "}.
   */
  public static String written(List<String> terms) {
    StringBuilder out = new StringBuilder();
    for (String term : terms) {
      out.append(term).append(' ');
    }
    return out.toString();
  }
}
