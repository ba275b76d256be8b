package fr.orthocab.support.sla.report;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;

/**
 * An ISO-8601 week (Monday to Sunday, week 1 holds the year's first Thursday): the 29 December 2025
 * is in week 1 of 2026, the 1 January 2021 in week 53 of 2020.
 */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {
  private static final Comparator<IsoWeek> ORDER =
      Comparator.comparingInt(IsoWeek::year).thenComparingInt(IsoWeek::week);

  public static IsoWeek of(LocalDate day) {
    return new IsoWeek(
        day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** The week of the day the instant falls on in that zone (a Sunday 23:30 in Paris is Sunday). */
  public static IsoWeek of(Instant instant, ZoneId zone) {
    return of(instant.atZone(zone).toLocalDate());
  }

  public LocalDate monday() {
    return LocalDate.of(year, 1, 4)
        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  public IsoWeek next() {
    return of(monday().plusWeeks(1));
  }

  /** ISO notation, "2020-W53": sorts as text and reads the same in French and English. */
  public String getLabel() {
    return "%d-W%02d".formatted(year, week);
  }

  public LocalDate getMonday() {
    return monday();
  }

  @Override
  public int compareTo(IsoWeek other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return getLabel();
  }
}
