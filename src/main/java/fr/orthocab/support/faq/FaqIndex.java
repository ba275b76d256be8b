package fr.orthocab.support.faq;

import fr.orthocab.support.text.FrenchText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Published articles analysed once (the desk's French analysis: abbreviations, accents, stems), and
 * ranked against what a customer typed. An article's score is the share of the query's information
 * it covers: each query stem weighs its inverse document frequency (a stem every article has says
 * little), and counts as much as it occurs in the article, BM25's saturation and length
 * normalisation, a title's stems counting thrice. So scores lie between 0 and 1 whatever the number
 * of articles, and one threshold fits; the information matched must also reach that share of a rare
 * word's, so that one common word ("patient") is no answer. Words no article uses weigh less than
 * rare ones (customers write more than the question). A query stem the articles never use is read
 * as the closest stem they do use, one letter off (two for long words): customers' typos.
 */
public final class FaqIndex {
  /** An article as the index reads it: its id, title and text without markup. */
  public record Entry(long id, String title, String text) {}

  public record Hit(long id, double score) {}

  private static final double K1 = 1.2;
  private static final double B = 0.6;
  private static final int TITLE_WEIGHT = 3;
  private static final double UNKNOWN_WEIGHT = 0.3;

  private record Doc(long id, Map<String, Integer> counts, int length) {}

  private final List<Doc> docs = new ArrayList<>();
  private final Map<String, Integer> documentFrequency = new HashMap<>();
  // the known stems by first letter, for the typo lookup (a typo rarely hits the first letter)
  private final Map<Character, List<String>> byFirstLetter = new HashMap<>();
  private final double averageLength;

  private FaqIndex(List<Entry> entries) {
    long total = 0;
    for (Entry entry : entries) {
      Map<String, Integer> counts = new HashMap<>();
      int length = 0;
      for (String term : FrenchText.analysis().terms(entry.title())) {
        counts.merge(term, TITLE_WEIGHT, Integer::sum);
        length += TITLE_WEIGHT;
      }
      for (String term : FrenchText.analysis().terms(entry.text())) {
        counts.merge(term, 1, Integer::sum);
        length++;
      }
      docs.add(new Doc(entry.id(), counts, length));
      counts.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
      total += length;
    }
    averageLength = docs.isEmpty() ? 1 : (double) total / docs.size();
    for (String term : documentFrequency.keySet()) {
      byFirstLetter.computeIfAbsent(term.charAt(0), c -> new ArrayList<>()).add(term);
    }
  }

  public static FaqIndex of(List<Entry> entries) {
    return new FaqIndex(entries);
  }

  public int size() {
    return docs.size();
  }

  /**
   * What may answer a new request: the subject alone, the description alone and both are read
   * separately, and each article keeps its best score. A subject names the question in a few words;
   * a description adds greetings and context that would dilute the share covered, so an article the
   * subject found must not vanish when the customer explains more.
   */
  public List<Hit> suggest(String subject, String description, int limit, double threshold) {
    Map<Long, Double> best = new HashMap<>();
    for (String reading : List.of(subject, description, subject + "\n" + description)) {
      for (Hit hit : search(reading, Integer.MAX_VALUE, threshold)) {
        best.merge(hit.id(), hit.score(), Math::max);
      }
    }
    return best.entrySet().stream()
        .map(e -> new Hit(e.getKey(), e.getValue()))
        .sorted(Comparator.comparingDouble(Hit::score).reversed().thenComparing(Hit::id))
        .limit(limit)
        .toList();
  }

  /** The articles scoring at least the threshold, best first, at most limit of them. */
  public List<Hit> search(String query, int limit, double threshold) {
    if (docs.isEmpty()) {
      return List.of();
    }
    Map<String, Double> weights = queryWeights(query);
    double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    if (total == 0) {
      return List.of();
    }
    // a short query must still match something telling: one common word is not an answer
    double evidence = threshold * idf(0);
    List<Hit> hits = new ArrayList<>();
    for (Doc doc : docs) {
      double covered = 0;
      double norm = K1 * (1 - B + B * doc.length() / averageLength);
      for (Map.Entry<String, Double> w : weights.entrySet()) {
        Integer tf = doc.counts().get(w.getKey());
        if (tf != null) {
          covered += w.getValue() * tf / (tf + norm);
        }
      }
      double score = covered / total;
      if (score >= threshold && covered > 0 && covered >= evidence) {
        hits.add(new Hit(doc.id(), score));
      }
    }
    hits.sort(Comparator.comparingDouble(Hit::score).reversed());
    return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
  }

  /**
   * Each distinct query stem with its weight: its idf, or for an unknown stem the idf of the
   * closest known one (a little less: a guess), or the highest idf when none is close, so that a
   * word no article speaks of lowers every score.
   */
  private Map<String, Double> queryWeights(String query) {
    Map<String, Double> weights = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    double unknown = UNKNOWN_WEIGHT * idf(0);
    for (String term : FrenchText.analysis().terms(query)) {
      if (!seen.add(term)) {
        continue;
      }
      if (documentFrequency.containsKey(term)) {
        weights.merge(term, idf(documentFrequency.get(term)), Math::max);
        continue;
      }
      String close = closest(term);
      if (close == null) {
        weights.merge(term, unknown, Math::max);
      } else {
        weights.merge(close, 0.8 * idf(documentFrequency.get(close)), Math::max);
      }
    }
    return weights;
  }

  private double idf(int df) {
    int n = docs.size();
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  private String closest(String term) {
    if (term.length() < 4) {
      return null;
    }
    int allowed = term.length() >= 8 ? 2 : 1;
    String best = null;
    int bestDistance = allowed + 1;
    for (String known : documentFrequency.keySet()) {
      if (Math.abs(known.length() - term.length()) > allowed || known.charAt(0) != term.charAt(0)) {
        continue;
      }
      int d = distance(term, known, allowed);
      if (d < bestDistance) {
        bestDistance = d;
        best = known;
      }
    }
    return best;
  }

  /** Optimal string alignment distance (a swap of two letters is one edit), capped above max. */
  static int distance(String a, String b, int max) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int rowMin = Integer.MAX_VALUE;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > max) {
        return max + 1;
      }
    }
    return d[a.length()][b.length()];
  }
}
