package fr.orthocab.support.sla.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Test
  void theLastTwelveWeeksEndOnTheSundayOfThisWeekAndStartOnAMonday() {
    ReportPeriod period = ReportPeriod.lastWeeks(12, LocalDate.of(2021, 1, 6));
    assertEquals(LocalDate.of(2020, 10, 19), period.from());
    assertEquals(LocalDate.of(2021, 1, 10), period.to());
    List<IsoWeek> weeks = period.weeks();
    assertEquals(12, weeks.size());
    assertEquals(new IsoWeek(2020, 43), weeks.get(0));
    assertEquals(new IsoWeek(2020, 53), weeks.get(10));
    assertEquals(new IsoWeek(2021, 1), weeks.get(11));
  }

  @Test
  void onASundayTheWeekEndingThatDayIsTheLast() {
    ReportPeriod period = ReportPeriod.lastWeeks(1, LocalDate.of(2021, 3, 28));
    assertEquals(LocalDate.of(2021, 3, 22), period.from());
    assertEquals(LocalDate.of(2021, 3, 28), period.to());
  }

  @Test
  void itsInstantsAreParisMidnightsWhateverTheOffset() {
    ReportPeriod period = new ReportPeriod(LocalDate.of(2020, 10, 19), LocalDate.of(2021, 1, 10));
    assertEquals(Instant.parse("2020-10-18T22:00:00Z"), period.start(PARIS));
    assertEquals(Instant.parse("2021-01-10T23:00:00Z"), period.end(PARIS));
  }

  @Test
  void aPeriodEndingBeforeItStartsOrTooLongIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new ReportPeriod(LocalDate.of(2021, 1, 2), LocalDate.of(2021, 1, 1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ReportPeriod(LocalDate.of(2018, 1, 1), LocalDate.of(2021, 1, 31)));
  }
}
