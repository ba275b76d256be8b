package fr.orthocab.support.sla.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ReplyStatisticsTest {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private static ReplyFact reply(String pack, String at, boolean objective, boolean deadline) {
    return new ReplyFact(pack, 1, 1, Instant.parse(at), objective, deadline, 60L);
  }

  private static ReplyFact first(String pack, int cycle, Long seconds) {
    return new ReplyFact(
        pack, 1, cycle, Instant.parse("2021-02-02T10:00:00Z"), true, true, seconds);
  }

  @Test
  void nearestRankPercentileIsAlwaysOneOfTheValues() {
    List<Long> values = List.of(50L, 15L, 40L, 20L, 35L);
    assertEquals(OptionalLong.of(20), ReplyStatistics.percentile(values, 30));
    assertEquals(OptionalLong.of(20), ReplyStatistics.percentile(values, 40));
    assertEquals(OptionalLong.of(35), ReplyStatistics.percentile(values, 50));
    assertEquals(OptionalLong.of(50), ReplyStatistics.percentile(values, 90));
    assertEquals(OptionalLong.of(50), ReplyStatistics.percentile(values, 100));
    assertEquals(OptionalLong.of(15), ReplyStatistics.percentile(values, 1));
  }

  @Test
  void medianOfAnEvenCountIsTheLowerMiddleValueNotAnAverage() {
    assertEquals(OptionalLong.of(20), ReplyStatistics.percentile(List.of(10L, 20L, 30L, 40L), 50));
    assertEquals(OptionalLong.of(7), ReplyStatistics.percentile(List.of(7L), 90));
  }

  @Test
  void ninetiethPercentileOfTenValuesIsTheNinthAndOfElevenTheTenth() {
    List<Long> ten = new ArrayList<>();
    for (long v = 1; v <= 10; v++) {
      ten.add(v * 100);
    }
    assertEquals(OptionalLong.of(900), ReplyStatistics.percentile(ten, 90));
    ten.add(1100L);
    assertEquals(OptionalLong.of(1000), ReplyStatistics.percentile(ten, 90));
  }

  @Test
  void noValueHasNoPercentileAndAPercentileOutsideItsRangeIsRefused() {
    assertTrue(ReplyStatistics.percentile(List.of(), 50).isEmpty());
    assertThrows(IllegalArgumentException.class, () -> ReplyStatistics.percentile(List.of(1L), 0));
    assertThrows(
        IllegalArgumentException.class, () -> ReplyStatistics.percentile(List.of(1L), 101));
  }

  @Test
  void weeksAreIsoWeeksOfParisAcrossTheYearBoundary() {
    List<WeeklyShare> shares =
        ReplyStatistics.weeklyShares(
            List.of(
                // Thursday 31 December 2020: week 53 of 2020
                reply("P", "2020-12-31T10:00:00Z", true, true),
                // Sunday 3 January 2021, 23:30 in Paris: still week 53 of 2020
                reply("P", "2021-01-03T22:30:00Z", true, true),
                // Monday 4 January 2021, 00:30 in Paris (Sunday 23:30 UTC): week 1 of 2021
                reply("P", "2021-01-03T23:30:00Z", false, true)),
            PARIS);
    assertEquals(2, shares.size());
    assertEquals(new WeeklyShare("P", new IsoWeek(2020, 53), 2, 2, 2), shares.get(0));
    assertEquals(new WeeklyShare("P", new IsoWeek(2021, 1), 1, 0, 1), shares.get(1));
  }

  @Test
  void weeksFollowParisTimeOnBothDaylightSavingChanges() {
    List<WeeklyShare> shares =
        ReplyStatistics.weeklyShares(
            List.of(
                // Sunday 28 March 2021 23:30 CEST, the day clocks went forward: week 12
                reply("P", "2021-03-28T21:30:00Z", true, true),
                // Monday 29 March 2021 00:30 CEST (Sunday 22:30 UTC): week 13
                reply("P", "2021-03-28T22:30:00Z", true, true),
                // Sunday 31 October 2021 23:30 CET, the day clocks went back: week 43
                reply("P", "2021-10-31T22:30:00Z", true, true),
                // Monday 1 November 2021 00:30 CET (Sunday 23:30 UTC): week 44
                reply("P", "2021-10-31T23:30:00Z", true, true)),
            PARIS);
    assertEquals(
        List.of(
            new IsoWeek(2021, 12),
            new IsoWeek(2021, 13),
            new IsoWeek(2021, 43),
            new IsoWeek(2021, 44)),
        shares.stream().map(WeeklyShare::week).toList());
    shares.forEach(share -> assertEquals(1, share.replies()));
  }

  @Test
  void sharesCountRepliesWithinObjectiveAndDeadlineByPackTheDefaultPolicyLast() {
    List<WeeklyShare> shares =
        ReplyStatistics.weeklyShares(
            List.of(
                reply(null, "2021-02-01T10:00:00Z", false, false),
                reply("TELESOIN", "2021-02-01T10:00:00Z", true, true),
                reply("TELESOIN", "2021-02-02T10:00:00Z", true, true),
                reply("TELESOIN", "2021-02-03T10:00:00Z", true, true),
                reply("TELESOIN", "2021-02-04T10:00:00Z", false, true),
                reply("GRATUIT", "2021-02-04T10:00:00Z", false, false)),
            PARIS);
    assertEquals(
        List.of("GRATUIT", "TELESOIN", "-"),
        shares.stream().map(s -> s.pack() == null ? "-" : s.pack()).toList());
    WeeklyShare telesoin = shares.get(1);
    assertEquals(4, telesoin.replies());
    assertEquals(0.75, telesoin.getObjectiveShare());
    assertEquals(1.0, telesoin.getDeadlineShare());
    assertEquals(0.0, shares.get(2).getObjectiveShare());
  }

  @Test
  void aWeekWithoutReplyHasNoShareRatherThanADivisionByZero() {
    WeeklyShare none = new WeeklyShare("P", new IsoWeek(2021, 5), 0, 0, 0);
    assertNull(none.getObjectiveShare());
    assertNull(none.getDeadlineShare());
    assertTrue(ReplyStatistics.weeklyShares(List.of(), PARIS).isEmpty());
    assertTrue(ReplyStatistics.firstReplyTimes(List.of()).isEmpty());
  }

  @Test
  void firstReplyTimesCountOnlyEachTicketsFirstCycle() {
    List<FirstReplyTimes> times =
        ReplyStatistics.firstReplyTimes(
            List.of(
                first("P", 1, 600L),
                first("P", 1, 8_100L),
                first("P", 1, 3_600L),
                first("P", 2, 1L),
                first("P", 1, null),
                first(null, 1, 32_400L)));
    assertEquals(
        List.of(
            new FirstReplyTimes("P", 3, 3_600, 8_100),
            new FirstReplyTimes(null, 1, 32_400, 32_400)),
        times);
  }

  @Test
  void isoWeeksKnowTheirMondayAndTheWeekAfter() {
    assertEquals(LocalDate.of(2020, 12, 28), new IsoWeek(2020, 53).monday());
    assertEquals(new IsoWeek(2021, 1), new IsoWeek(2020, 53).next());
    assertEquals(new IsoWeek(2026, 1), IsoWeek.of(LocalDate.of(2025, 12, 29)));
    assertEquals("2020-W53", new IsoWeek(2020, 53).getLabel());
  }
}
