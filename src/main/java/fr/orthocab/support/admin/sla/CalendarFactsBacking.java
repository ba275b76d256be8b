package fr.orthocab.support.admin.sla;

import static fr.orthocab.support.platform.ClockProducer.PARIS;

import fr.orthocab.support.sla.DeskCalendar;
import fr.orthocab.support.sla.calendar.FrenchPublicHolidays;
import fr.orthocab.support.web.LanguageSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the SLA settings show but do not change: the public holidays of this year and the next,
 * closed whatever the supervisors set, and the day count of the setting {@code app.sla.day-count}.
 */
@Named("calendarFacts")
@RequestScoped
public class CalendarFactsBacking {
  private static final FrenchPublicHolidays HOLIDAYS = new FrenchPublicHolidays();

  @Inject private DeskCalendar calendar;
  @Inject private LanguageSelection language;
  @Inject private Clock clock;

  /** By date, named in the page's language (public entries: EL cannot read TreeMap's own). */
  public List<Map.Entry<LocalDate, String>> getHolidays() {
    Year year = Year.now(clock.withZone(PARIS));
    return Stream.of(year, year.plusYears(1))
        .flatMap(y -> HOLIDAYS.named(y, language.getLocale()).entrySet().stream())
        .<Map.Entry<LocalDate, String>>map(SimpleImmutableEntry::new)
        .toList();
  }

  /** {@code JOURS_OUVRABLES} or {@code JOURS_OUVRES}. */
  public String getDayCount() {
    return calendar.calendar().dayCount().name();
  }
}
