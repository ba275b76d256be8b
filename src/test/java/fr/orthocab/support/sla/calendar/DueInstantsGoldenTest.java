package fr.orthocab.support.sla.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class DueInstantsGoldenTest {
  private static final FrenchPublicHolidays HOLIDAYS = new FrenchPublicHolidays();

  @ParameterizedTest(name = "{6}")
  @CsvFileSource(resources = "due-instants.csv", numLinesToSkip = 1)
  void objectiveAndDeadlineAreThoseWorkedOutByHand(
      String receivedAt,
      String pack,
      DayCount dayCount,
      String closureDays,
      String objectiveDueAt,
      String deadlineDueAt,
      String why) {
    var time =
        new BusinessTime(
            new BusinessCalendar(HOLIDAYS, dayCount, dates(closureDays)), OpeningHours.standard());
    SlaPolicy policy =
        switch (pack) {
          case "priority" -> SlaPolicy.PRIORITY;
          case "normal" -> SlaPolicy.NORMAL;
          default -> throw new IllegalArgumentException(pack);
        };

    SlaDueInstants due = time.dueInstants(OffsetDateTime.parse(receivedAt).toInstant(), policy);

    assertEquals(
        OffsetDateTime.parse(objectiveDueAt).toInstant(), due.objectiveDueAt(), "objective");
    assertEquals(OffsetDateTime.parse(deadlineDueAt).toInstant(), due.deadlineDueAt(), "deadline");
  }

  private static Set<LocalDate> dates(String spaceSeparated) {
    if (spaceSeparated == null) {
      return Set.of();
    }
    return Arrays.stream(spaceSeparated.trim().split("\\s+"))
        .map(LocalDate::parse)
        .collect(Collectors.toSet());
  }
}
