package fr.orthocab.support.sla.report;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The days a report covers, both included, as days of the desk's zone: a reply belongs to the
 * period when it happened between the start of {@code from} and the end of {@code to} there.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {
  /** Longer periods are refused: the report reads every reply of the period into memory. */
  public static final int MAX_DAYS = 3 * 366;

  public ReportPeriod {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("The period ends before it starts: " + from + " " + to);
    }
    if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      throw new IllegalArgumentException("The period is longer than " + MAX_DAYS + " days");
    }
  }

  /** The last {@code count} ISO weeks, the week of {@code today} included. */
  public static ReportPeriod lastWeeks(int count, LocalDate today) {
    LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    return new ReportPeriod(sunday.minusWeeks(count).plusDays(1), sunday);
  }

  public Instant start(ZoneId zone) {
    return from.atStartOfDay(zone).toInstant();
  }

  /** The end, excluded: the start of the day after {@code to}. */
  public Instant end(ZoneId zone) {
    return to.plusDays(1).atStartOfDay(zone).toInstant();
  }

  /** Every ISO week the period touches, in order. */
  public List<IsoWeek> weeks() {
    List<IsoWeek> weeks = new ArrayList<>();
    IsoWeek last = IsoWeek.of(to);
    for (IsoWeek week = IsoWeek.of(from); week.compareTo(last) <= 0; week = week.next()) {
      weeks.add(week);
    }
    return weeks;
  }
}
