package fr.orthocab.support.satisfaction;

import fr.orthocab.support.platform.ClockProducer;
import fr.orthocab.support.sla.report.IsoWeek;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The satisfaction rates of a period's ratings, grouped four ways: by week of resolution (Paris),
 * by pack, by agent (assignee at resolution), by category. Plain Java over the ratings read.
 */
public final class SatisfactionFigures {
  /** The group of a rating that had none (no pack, no assignee). */
  public static final String NONE = "";

  private final List<SatisfactionRating> ratings;

  public SatisfactionFigures(List<SatisfactionRating> ratings) {
    this.ratings = List.copyOf(ratings);
  }

  public RateRow getTotal() {
    return rows(r -> "all").stream().findFirst().orElse(new RateRow("all", 0, 0));
  }

  /** By ISO week of resolution, oldest first; keys such as {@code 2026-W49}. */
  public List<RateRow> getByWeek() {
    return rows(r -> IsoWeek.of(r.getResolvedAt(), ClockProducer.PARIS).getLabel());
  }

  public List<RateRow> getByPack() {
    return rows(r -> r.getPackCode() == null ? NONE : r.getPackCode());
  }

  /** By the agent's name. */
  public List<RateRow> getByAgent() {
    return rows(r -> r.getAgent() == null ? NONE : r.getAgent().getDisplayName());
  }

  /** By category name (the enum's). */
  public List<RateRow> getByCategory() {
    return rows(r -> r.getCategory().name());
  }

  /** The ratings with a comment, newest answer first, at most that many. */
  public List<SatisfactionRating> comments(int max) {
    return ratings.stream()
        .filter(r -> r.getComment() != null)
        .sorted(Comparator.comparing(SatisfactionRating::getRatedAt).reversed())
        .limit(max)
        .toList();
  }

  public List<SatisfactionRating> getRatings() {
    return ratings;
  }

  private List<RateRow> rows(Function<SatisfactionRating, String> group) {
    Map<String, long[]> counts = new TreeMap<>();
    for (SatisfactionRating rating : ratings) {
      long[] c = counts.computeIfAbsent(group.apply(rating), k -> new long[2]);
      c[rating.getRating() == Rating.GOOD ? 0 : 1]++;
    }
    return counts.entrySet().stream()
        .map(e -> new RateRow(e.getKey(), e.getValue()[0], e.getValue()[1]))
        .toList();
  }
}
