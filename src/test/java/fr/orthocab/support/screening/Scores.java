package fr.orthocab.support.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Precision and recall per label of a classifier's answers against a corpus's labels. */
final class Scores {
  private final List<String[]> pairs = new ArrayList<>();
  private final List<String> errors = new ArrayList<>();

  void add(String id, String expected, String actual) {
    pairs.add(new String[] {expected, actual});
    if (!expected.equals(actual)) {
      errors.add(id + ": expected " + expected + ", read " + actual);
    }
  }

  double precision(String label) {
    long predicted = pairs.stream().filter(p -> p[1].equals(label)).count();
    long right = pairs.stream().filter(p -> p[1].equals(label) && p[0].equals(label)).count();
    return predicted == 0 ? 1 : (double) right / predicted;
  }

  double recall(String label) {
    long actual = pairs.stream().filter(p -> p[0].equals(label)).count();
    long right = pairs.stream().filter(p -> p[1].equals(label) && p[0].equals(label)).count();
    return actual == 0 ? 1 : (double) right / actual;
  }

  long count(String label) {
    return pairs.stream().filter(p -> p[0].equals(label)).count();
  }

  String report(String title, String... labels) {
    StringBuilder out = new StringBuilder(title).append(" (").append(pairs.size()).append(" rows)");
    for (String label : labels) {
      out.append(
          String.format(
              Locale.ROOT,
              "%n  %-10s n=%-3d precision %.3f  recall %.3f",
              label,
              count(label),
              precision(label),
              recall(label)));
    }
    for (String error : errors) {
      out.append("\n  miss ").append(error);
    }
    return out.toString();
  }
}
