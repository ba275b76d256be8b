package fr.orthocab.support.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A text as its stems and how often each occurs; the cosine of two says how alike they read. */
public record TermVector(Map<String, Integer> counts) {
  public TermVector {
    counts = Map.copyOf(counts);
  }

  public static TermVector of(List<String> terms) {
    Map<String, Integer> counts = new HashMap<>();
    for (String term : terms) {
      counts.merge(term, 1, Integer::sum);
    }
    return new TermVector(counts);
  }

  public boolean contains(String term) {
    return counts.containsKey(term);
  }

  /** 1 for the same words in the same proportions, 0 for no word in common. */
  public double cosine(TermVector other) {
    double dot = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      dot += e.getValue() * (double) other.counts.getOrDefault(e.getKey(), 0);
    }
    double norms = norm() * other.norm();
    return norms == 0 ? 0 : dot / norms;
  }

  private double norm() {
    double sum = 0;
    for (int count : counts.values()) {
      sum += (double) count * count;
    }
    return Math.sqrt(sum);
  }
}
