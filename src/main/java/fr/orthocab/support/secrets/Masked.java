package fr.orthocab.support.secrets;

import java.util.EnumMap;
import java.util.Map;

/**
 * A text with its secrets masked, and how many of each kind were.
 *
 * @param text what may be stored, indexed, analysed and mailed
 */
public record Masked(String text, Map<SecretKind, Integer> counts) {
  public Masked {
    counts = counts.isEmpty() ? Map.of() : Map.copyOf(counts);
  }

  /** Nothing masked yet. */
  public static Masked none() {
    return new Masked("", Map.of());
  }

  public boolean any() {
    return !counts.isEmpty();
  }

  /** The counts of both texts (a subject and a body), the text of this one. */
  public Masked and(Masked other) {
    Map<SecretKind, Integer> sum = new EnumMap<>(SecretKind.class);
    sum.putAll(counts);
    other.counts.forEach((kind, n) -> sum.merge(kind, n, Integer::sum));
    return new Masked(text, sum);
  }
}
