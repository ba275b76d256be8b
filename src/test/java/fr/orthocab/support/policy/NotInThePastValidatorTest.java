package fr.orthocab.support.policy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class NotInThePastValidatorTest {
  private static NotInThePastValidator at(String instant) {
    return new NotInThePastValidator(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
  }

  @Test
  void todayAndLaterAreAcceptedAndYesterdayIsRefused() {
    NotInThePastValidator noon = at("2026-03-10T11:00:00Z");
    assertTrue(noon.isValid(LocalDate.of(2026, 3, 10), null));
    assertTrue(noon.isValid(LocalDate.of(2026, 3, 11), null));
    assertTrue(noon.isValid(LocalDate.of(2090, 1, 1), null));
    assertFalse(noon.isValid(LocalDate.of(2026, 3, 9), null));
  }

  @Test
  void todayIsTheDayInParisNotInUtc() {
    // 23:30 UTC on 10 March is already 00:30 on 11 March in Paris
    NotInThePastValidator lateUtc = at("2026-03-10T23:30:00Z");
    assertFalse(lateUtc.isValid(LocalDate.of(2026, 3, 10), null));
    assertTrue(lateUtc.isValid(LocalDate.of(2026, 3, 11), null));
    // 22:30 UTC on 30 June is 00:30 on 1 July in Paris (summer time)
    assertFalse(at("2026-06-30T22:30:00Z").isValid(LocalDate.of(2026, 6, 30), null));
  }

  @Test
  void aMissingDayIsLeftToNotNull() {
    assertTrue(at("2026-03-10T11:00:00Z").isValid(null, null));
  }
}
