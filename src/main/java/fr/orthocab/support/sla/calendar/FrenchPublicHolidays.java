package fr.orthocab.support.sla.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The 11 national public holidays of metropolitan France, from Jollyday rather than our own Easter
 * arithmetic, so that a change in law reaches us with a library upgrade. Regional holidays (Good
 * Friday and 26 December in Alsace-Moselle) are left out: the desk serves all of France from one
 * team.
 */
public final class FrenchPublicHolidays {
  private static final HolidayManager FRANCE =
      HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.FRANCE));

  // SLA computations ask about the same few years many times a minute; Jollyday re-parses rules.
  private final ConcurrentHashMap<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

  public Set<LocalDate> in(Year year) {
    return byYear.computeIfAbsent(year.getValue(), FrenchPublicHolidays::load);
  }

  public boolean isHoliday(LocalDate date) {
    return in(Year.of(date.getYear())).contains(date);
  }

  /** The holidays of that year by date, with their names in that language, for people to read. */
  public SortedMap<LocalDate, String> named(Year year, Locale locale) {
    return FRANCE.getHolidays(year, HolidayType.PUBLIC_HOLIDAY).stream()
        .collect(
            Collectors.toMap(
                Holiday::getDate,
                holiday -> holiday.getDescription(locale),
                (first, second) -> first,
                TreeMap::new));
  }

  private static Set<LocalDate> load(int year) {
    return FRANCE.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY).stream()
        .map(Holiday::getDate)
        .collect(Collectors.toUnmodifiableSet());
  }
}
