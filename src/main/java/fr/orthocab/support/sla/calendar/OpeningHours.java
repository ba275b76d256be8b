package fr.orthocab.support.sla.calendar;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The desk's weekly opening intervals per day of week (DELAY-AIM), default Monday to Friday
 * 09:00-18:00 Europe/Paris. Public holidays and closure days are closed whatever this says: {@link
 * BusinessTime} asks the {@link BusinessCalendar} first. An interval never crosses midnight (split
 * it in two days instead), so a day's opening is known from that day alone.
 */
public final class OpeningHours {
  private final Map<DayOfWeek, List<OpeningInterval>> week;

  /**
   * @throws InvalidOpeningHoursException listing every interval that does not start before it ends
   *     (which also rejects one crossing midnight) and every overlap within a day
   */
  public OpeningHours(Map<DayOfWeek, List<OpeningInterval>> week) {
    var sorted = new EnumMap<DayOfWeek, List<OpeningInterval>>(DayOfWeek.class);
    var errors = new ArrayList<String>();
    for (DayOfWeek day : DayOfWeek.values()) {
      var intervals = new ArrayList<>(week.getOrDefault(day, List.of()));
      intervals.sort(Comparator.comparing(OpeningInterval::start));
      check(day, intervals, errors);
      sorted.put(day, List.copyOf(intervals));
    }
    if (!errors.isEmpty()) {
      throw new InvalidOpeningHoursException(errors);
    }
    this.week = sorted;
  }

  /** Monday to Friday, 09:00-18:00. */
  public static OpeningHours standard() {
    var week = new EnumMap<DayOfWeek, List<OpeningInterval>>(DayOfWeek.class);
    for (DayOfWeek day :
        List.of(
            DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY)) {
      week.put(day, List.of(new OpeningInterval(LocalTime.of(9, 0), LocalTime.of(18, 0))));
    }
    return new OpeningHours(week);
  }

  /** The intervals of that weekday, earliest first. */
  public List<OpeningInterval> on(DayOfWeek day) {
    return week.get(day);
  }

  private static void check(DayOfWeek day, List<OpeningInterval> intervals, List<String> errors) {
    for (OpeningInterval interval : intervals) {
      if (!interval.start().isBefore(interval.end())) {
        errors.add(
            "%s %s : le début doit précéder la fin, le même jour / %s %s: start must be before end, on the same day"
                .formatted(fr(day), interval, en(day), interval));
      }
    }
    for (int i = 0; i < intervals.size(); i++) {
      for (int j = i + 1; j < intervals.size(); j++) {
        OpeningInterval first = intervals.get(i);
        OpeningInterval second = intervals.get(j);
        if (first.overlaps(second)) {
          errors.add(
              "%s : %s chevauche %s / %s: %s overlaps %s"
                  .formatted(fr(day), first, second, en(day), first, second));
        }
      }
    }
  }

  private static String fr(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, Locale.FRENCH);
  }

  private static String en(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }
}
