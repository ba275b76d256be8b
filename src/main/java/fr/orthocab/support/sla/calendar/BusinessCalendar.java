package fr.orthocab.support.sla.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * Which days count for a délai in days, and which days the desk is closed whatever its weekly
 * hours: public holidays and the closure days a supervisor adds (a bridge such as the Friday after
 * Ascension). A closure day also stops the count of jours ouvrables, as the desk cannot reply then.
 */
public final class BusinessCalendar {
  private final FrenchPublicHolidays holidays;
  private final DayCount dayCount;
  private final Set<LocalDate> closureDays;

  public BusinessCalendar(
      FrenchPublicHolidays holidays, DayCount dayCount, Set<LocalDate> closureDays) {
    this.holidays = Objects.requireNonNull(holidays, "holidays");
    this.dayCount = Objects.requireNonNull(dayCount, "dayCount");
    this.closureDays = Set.copyOf(closureDays);
  }

  /** Jours ouvrables, public holidays only: the policy's defaults. */
  public static BusinessCalendar joursOuvrables(FrenchPublicHolidays holidays) {
    return new BusinessCalendar(holidays, DayCount.JOURS_OUVRABLES, Set.of());
  }

  public DayCount dayCount() {
    return dayCount;
  }

  public Set<LocalDate> closureDays() {
    return closureDays;
  }

  /** Closed all day, whatever the weekly opening hours say. */
  public boolean isClosed(LocalDate date) {
    return holidays.isHoliday(date) || closureDays.contains(date);
  }

  public boolean counts(LocalDate date) {
    return dayCount.counts(date.getDayOfWeek()) && !isClosed(date);
  }

  /** The {@code n}th counted day after {@code day}; {@code day} itself never counts. */
  public LocalDate countedDayAfter(LocalDate day, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1: " + n);
    }
    LocalDate date = day;
    for (int counted = 0; counted < n; ) {
      date = date.plusDays(1);
      if (counts(date)) {
        counted++;
      }
    }
    return date;
  }
}
