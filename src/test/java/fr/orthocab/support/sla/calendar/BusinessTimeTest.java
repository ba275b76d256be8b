package fr.orthocab.support.sla.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BusinessTimeTest {
  private static final FrenchPublicHolidays HOLIDAYS = new FrenchPublicHolidays();
  private final BusinessTime time =
      new BusinessTime(BusinessCalendar.joursOuvrables(HOLIDAYS), OpeningHours.standard());

  private static Instant paris(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).toInstant();
  }

  @Test
  void openingTimeBetweenUndoesAddOpeningTimeForRandomInstantsOf2026() {
    var random = new Random(20260406L);
    Instant yearStart = paris("2026-01-01T00:00+01:00");
    for (int i = 0; i < 5_000; i++) {
      Instant from = yearStart.plusSeconds(random.nextInt(365 * 24 * 3600));
      Duration amount = Duration.ofSeconds(random.nextInt(60 * 3600));

      Instant due = time.addOpeningTime(from, amount);

      assertEquals(amount, time.openingTimeBetween(from, due), () -> from + " + " + amount);
    }
  }

  @Test
  void addOpeningTimeUndoesOpeningTimeBetweenUpToClosedTime() {
    var random = new Random(20261025L);
    Instant yearStart = paris("2026-01-01T00:00+01:00");
    for (int i = 0; i < 5_000; i++) {
      Instant a = yearStart.plusSeconds(random.nextInt(365 * 24 * 3600));
      Instant b = a.plusSeconds(random.nextInt(10 * 24 * 3600));

      Instant back = time.addOpeningTime(a, time.openingTimeBetween(a, b));

      // b may lie in closed time: then the walk stops at the last closing before it.
      assertTrue(!back.isAfter(b), () -> a + " to " + b);
      assertEquals(Duration.ZERO, time.openingTimeBetween(back, b), () -> a + " to " + b);
    }
  }

  @Test
  void openingTimeBetweenIsNegativeBackwards() {
    Instant monday10 = paris("2026-01-12T10:00+01:00");
    Instant tuesday10 = paris("2026-01-13T10:00+01:00");

    assertEquals(Duration.ofHours(-9), time.openingTimeBetween(tuesday10, monday10));
  }

  @Test
  void openingTimeAcrossEasterSkipsTheWeekendAndEasterMonday() {
    assertEquals(
        Duration.ofHours(18),
        time.openingTimeBetween(paris("2026-04-03T09:00+02:00"), paris("2026-04-08T09:00+02:00")));
  }

  @Test
  void addingNothingStaysPut() {
    Instant sunday = paris("2026-02-15T11:00+01:00");

    assertEquals(sunday, time.addOpeningTime(sunday, Duration.ZERO));
  }

  @Test
  void warningsComeAtThreeQuartersOfTheObjectiveAndFourOpeningHoursBeforeTheDeadline() {
    SlaDueInstants normal = time.dueInstants(paris("2026-01-12T10:00+01:00"), SlaPolicy.NORMAL);
    SlaDueInstants priority = time.dueInstants(paris("2026-01-12T10:00+01:00"), SlaPolicy.PRIORITY);

    // Normal: 6 h 45 of the 9 hours, within Monday's 8 remaining opening hours.
    assertEquals(paris("2026-01-12T16:45+01:00"), normal.objectiveWarningAt());
    // Priority: 1 h 30 of the 2 hours.
    assertEquals(paris("2026-01-12T11:30+01:00"), priority.objectiveWarningAt());
    // Deadline Thursday 00:00: Wednesday closes at 18:00, so 4 opening hours before is 14:00.
    assertEquals(paris("2026-01-14T14:00+01:00"), normal.deadlineWarningAt());
    assertEquals(paris("2026-01-14T14:00+01:00"), priority.deadlineWarningAt());
  }

  @Test
  void theDeadlineWarningSkipsClosedDaysBeforeTheDeadline() {
    // Friday before Easter: deadline Wednesday 00:00, the last opening day is Tuesday.
    SlaDueInstants due = time.dueInstants(paris("2026-04-03T16:30+02:00"), SlaPolicy.NORMAL);

    assertEquals(paris("2026-04-08T00:00+02:00"), due.deadlineDueAt());
    assertEquals(paris("2026-04-07T14:00+02:00"), due.deadlineWarningAt());
  }

  @Test
  void withLessOpeningTimeThanTheWarningLeadTheDeadlineWarningIsAtReceipt() {
    // Jours ouvrables: Saturday and Monday count, but Saturday has no opening hours.
    var mondayOnly =
        new BusinessTime(
            BusinessCalendar.joursOuvrables(HOLIDAYS),
            new OpeningHours(
                Map.of(DayOfWeek.MONDAY, List.of(OpeningInterval.of("09:00", "12:00")))));
    Instant friday = paris("2026-01-16T10:00+01:00");

    SlaDueInstants due = mondayOnly.dueInstants(friday, SlaPolicy.PRIORITY);

    assertEquals(paris("2026-01-20T00:00+01:00"), due.deadlineDueAt());
    assertEquals(friday, due.deadlineWarningAt());
  }

  @Test
  void aLunchBreakIsNotOpeningTime() {
    var withLunch =
        new BusinessTime(
            BusinessCalendar.joursOuvrables(HOLIDAYS),
            new OpeningHours(
                Map.of(
                    DayOfWeek.MONDAY,
                    List.of(
                        OpeningInterval.of("14:00", "18:00"),
                        OpeningInterval.of("09:00", "12:00")))));

    assertEquals(
        paris("2026-01-12T15:00+01:00"),
        withLunch.addOpeningTime(paris("2026-01-12T11:00+01:00"), Duration.ofHours(2)));
  }

  @Test
  void openingHoursThatStartInTheSpringGapCountOnlyRealTime() {
    // 02:30 does not exist on 29 March 2026 in Paris: the interval starts at 03:00 summer time.
    var nightShift =
        new BusinessTime(
            BusinessCalendar.joursOuvrables(HOLIDAYS),
            new OpeningHours(
                Map.of(DayOfWeek.SUNDAY, List.of(OpeningInterval.of("02:00", "04:00")))));
    Instant sunday = paris("2026-03-29T00:00+01:00");

    assertEquals(
        Duration.ofHours(1),
        nightShift.openingTimeBetween(sunday, paris("2026-03-29T12:00+02:00")));
  }

  @Test
  void aCalendarWithoutAnyOpeningTimeFailsInsteadOfLoopingForever() {
    var neverOpen =
        new BusinessTime(BusinessCalendar.joursOuvrables(HOLIDAYS), new OpeningHours(Map.of()));

    assertThrows(
        IllegalStateException.class,
        () -> neverOpen.addOpeningTime(paris("2026-01-12T10:00+01:00"), Duration.ofHours(1)));
  }
}
