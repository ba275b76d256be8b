package fr.orthocab.support.sla.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {
  private static final FrenchPublicHolidays HOLIDAYS = new FrenchPublicHolidays();
  private static final LocalDate ASCENSION_2026 = LocalDate.of(2026, 5, 14);
  private static final LocalDate BRIDGE_2026 = LocalDate.of(2026, 5, 15);

  @Test
  void joursOuvrablesCountSaturdayButNotSundayNorHolidays() {
    var calendar = BusinessCalendar.joursOuvrables(HOLIDAYS);

    assertTrue(calendar.counts(LocalDate.of(2026, 5, 16)));
    assertFalse(calendar.counts(LocalDate.of(2026, 5, 17)));
    assertFalse(calendar.counts(ASCENSION_2026));
    assertTrue(calendar.counts(BRIDGE_2026));
  }

  @Test
  void joursOuvresSkipSaturday() {
    var calendar = new BusinessCalendar(HOLIDAYS, DayCount.JOURS_OUVRES, Set.of());

    assertFalse(calendar.counts(LocalDate.of(2026, 5, 16)));
    assertEquals(LocalDate.of(2026, 5, 18), calendar.countedDayAfter(ASCENSION_2026, 2));
  }

  @Test
  void aClosureDayIsClosedAndDoesNotCount() {
    var calendar = new BusinessCalendar(HOLIDAYS, DayCount.JOURS_OUVRABLES, Set.of(BRIDGE_2026));

    assertTrue(calendar.isClosed(BRIDGE_2026));
    assertFalse(calendar.counts(BRIDGE_2026));
    assertEquals(LocalDate.of(2026, 5, 18), calendar.countedDayAfter(LocalDate.of(2026, 5, 13), 2));
  }

  @Test
  void theDayItselfNeverCounts() {
    var calendar = BusinessCalendar.joursOuvrables(HOLIDAYS);
    LocalDate monday = LocalDate.of(2026, 1, 12);

    assertEquals(LocalDate.of(2026, 1, 13), calendar.countedDayAfter(monday, 1));
    assertThrows(IllegalArgumentException.class, () -> calendar.countedDayAfter(monday, 0));
  }
}
