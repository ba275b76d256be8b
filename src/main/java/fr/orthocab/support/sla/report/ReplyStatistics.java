package fr.orthocab.support.sla.report;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/** The figures of the SLA report, computed from the replies of a period. */
public final class ReplyStatistics {
  /** Packs by code, the default policy (no pack) last. */
  public static final Comparator<String> PACK_ORDER =
      Comparator.nullsLast(Comparator.naturalOrder());

  private ReplyStatistics() {}

  /**
   * Replies by pack, then by the ISO week their instant falls in, in {@code zone}. Only weeks with
   * replies appear.
   */
  public static List<WeeklyShare> weeklyShares(Collection<ReplyFact> replies, ZoneId zone) {
    Map<String, Map<IsoWeek, int[]>> counts = new TreeMap<>(PACK_ORDER);
    for (ReplyFact reply : replies) {
      int[] count =
          counts
              .computeIfAbsent(reply.pack(), pack -> new TreeMap<>())
              .computeIfAbsent(IsoWeek.of(reply.occurredAt(), zone), week -> new int[3]);
      count[0]++;
      count[1] += reply.withinObjective() ? 1 : 0;
      count[2] += reply.withinDeadline() ? 1 : 0;
    }
    List<WeeklyShare> shares = new ArrayList<>();
    counts.forEach(
        (pack, weeks) ->
            weeks.forEach(
                (week, count) ->
                    shares.add(new WeeklyShare(pack, week, count[0], count[1], count[2]))));
    return shares;
  }

  /**
   * Median and 90th percentile of the opening time to each ticket's first reply (cycle 1), by pack.
   * Replies of later cycles and replies without a measured opening time are left out.
   */
  public static List<FirstReplyTimes> firstReplyTimes(Collection<ReplyFact> replies) {
    Map<String, List<Long>> seconds = new TreeMap<>(PACK_ORDER);
    for (ReplyFact reply : replies) {
      if (reply.isFirstReply() && reply.openingSeconds() != null) {
        seconds
            .computeIfAbsent(reply.pack(), pack -> new ArrayList<>())
            .add(reply.openingSeconds());
      }
    }
    List<FirstReplyTimes> times = new ArrayList<>();
    seconds.forEach(
        (pack, values) ->
            times.add(
                new FirstReplyTimes(
                    pack,
                    values.size(),
                    percentile(values, 50).orElseThrow(),
                    percentile(values, 90).orElseThrow())));
    return times;
  }

  /**
   * The nearest-rank percentile: the smallest value such that at least {@code percent} % of the
   * values are less than or equal to it, that is the value of rank ceil(percent / 100 × n) in
   * ascending order. Always one of the values (no interpolation), so it reads as a real ticket's
   * time and does not depend on a database's percentile function. Empty when there is no value.
   */
  public static OptionalLong percentile(Collection<Long> values, int percent) {
    if (percent <= 0 || percent > 100) {
      throw new IllegalArgumentException("A percentile is in ]0, 100]: " + percent);
    }
    if (values.isEmpty()) {
      return OptionalLong.empty();
    }
    long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
    int rank = (int) ((percent * (long) sorted.length + 99) / 100);
    return OptionalLong.of(sorted[rank - 1]);
  }
}
