package fr.orthocab.support.sla.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FrenchPublicHolidaysTest {
  private final FrenchPublicHolidays holidays = new FrenchPublicHolidays();

  static IntStream years() {
    return IntStream.rangeClosed(2020, 2035);
  }

  @ParameterizedTest
  @MethodSource("years")
  void theElevenNationalHolidaysAreThoseWeComputeOurselves(int year) {
    assertEquals(expected(year), holidays.in(Year.of(year)));
  }

  @Test
  void ourEasterAgreesWithKnownDates() {
    assertEquals(LocalDate.of(2020, 4, 12), easterSunday(2020));
    assertEquals(LocalDate.of(2024, 3, 31), easterSunday(2024));
    assertEquals(LocalDate.of(2026, 4, 5), easterSunday(2026));
    assertEquals(LocalDate.of(2035, 3, 25), easterSunday(2035));
  }

  @Test
  void easterSundayWhitSundayAndAlsaceMoselleHolidaysAreNotNational() {
    assertFalse(holidays.isHoliday(LocalDate.of(2026, 4, 5)));
    assertFalse(holidays.isHoliday(LocalDate.of(2026, 5, 24)));
    assertFalse(holidays.isHoliday(LocalDate.of(2026, 4, 3)));
    assertFalse(holidays.isHoliday(LocalDate.of(2026, 12, 26)));
    assertTrue(holidays.isHoliday(LocalDate.of(2026, 4, 6)));
  }

  @Test
  void namedHolidaysAreTheSameDaysWithTheirNamesInTheLanguageAsked() {
    var french = holidays.named(Year.of(2031), Locale.FRENCH);
    assertEquals(expected(2031), french.keySet());
    assertEquals("Fête du travail", french.get(LocalDate.of(2031, 5, 1)));
    assertEquals("Noël", french.get(LocalDate.of(2031, 12, 25)));
    assertEquals(LocalDate.of(2031, 1, 1), french.firstKey());
    var english = holidays.named(Year.of(2031), Locale.ENGLISH);
    assertEquals("Christmas", english.get(LocalDate.of(2031, 12, 25)));
  }

  private static Set<LocalDate> expected(int year) {
    LocalDate easter = easterSunday(year);
    return Set.of(
        LocalDate.of(year, Month.JANUARY, 1),
        easter.plusDays(1),
        LocalDate.of(year, Month.MAY, 1),
        LocalDate.of(year, Month.MAY, 8),
        easter.plusDays(39),
        easter.plusDays(50),
        LocalDate.of(year, Month.JULY, 14),
        LocalDate.of(year, Month.AUGUST, 15),
        LocalDate.of(year, Month.NOVEMBER, 1),
        LocalDate.of(year, Month.NOVEMBER, 11),
        LocalDate.of(year, Month.DECEMBER, 25));
  }

  /** The anonymous Gregorian algorithm (Meeus/Jones/Butcher), independent of Jollyday's. */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }
}
