package fr.orthocab.support.sla.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class DeadlineWordingTest {
  private static Instant at(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).toInstant();
  }

  @Test
  void aDeadlineAtMidnightReadsAsTheEndOfThePreviousDay() {
    Instant fridayStart = at("2026-05-15T00:00+02:00");

    assertEquals("au plus tard le jeudi 14 mai 2026 à minuit", DeadlineWording.fr(fridayStart));
    assertEquals("by midnight on Thursday 14 May 2026", DeadlineWording.en(fridayStart));
  }

  @Test
  void otherTimesReadInHoursAndMinutes() {
    Instant thursday11 = at("2026-05-14T11:00+02:00");

    assertEquals("au plus tard le jeudi 14 mai 2026 à 11 h 00", DeadlineWording.fr(thursday11));
    assertEquals("by 11:00 on Thursday 14 May 2026", DeadlineWording.en(thursday11));
  }

  @Test
  void theDeadlineIsReadInParisTimeWhateverTheInstantsZone() {
    assertEquals(
        "au plus tard le mardi 5 janvier 2027 à 9 h 05",
        DeadlineWording.fr(Instant.parse("2027-01-05T08:05:00Z")));
  }

  @Test
  void theFirstOfTheMonthIsAnOrdinalInFrench() {
    Instant saturday2May = at("2026-05-02T00:00+02:00");

    assertEquals(
        "au plus tard le vendredi 1er mai 2026 à minuit", DeadlineWording.fr(saturday2May));
    assertEquals("by midnight on Friday 1 May 2026", DeadlineWording.en(saturday2May));
  }
}
