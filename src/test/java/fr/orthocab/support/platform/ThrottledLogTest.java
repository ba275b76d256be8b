package fr.orthocab.support.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThrottledLogTest {
  private final Instant start = Instant.parse("2026-12-07T10:00:00Z");
  private final ThrottledLog log = new ThrottledLog(Duration.ofMinutes(1));

  @Test
  void oneLineAMinuteAndTheNextSaysHowManyWereLeftOut() {
    assertEquals(Optional.of("first"), log.line(start, "first"));
    assertEquals(Optional.empty(), log.line(start.plusSeconds(1), "second"));
    assertEquals(Optional.empty(), log.line(start.plusSeconds(59), "third"));

    assertEquals(
        Optional.of("fourth (2 similar lines left out)"),
        log.line(start.plusSeconds(60), "fourth"));
    assertEquals(Optional.of("fifth"), log.line(start.plusSeconds(125), "fifth"));
  }

  @Test
  void aClockThatWentBackKeepsQuiet() {
    log.line(start, "first");
    assertEquals(Optional.empty(), log.line(start.minusSeconds(30), "earlier"));
  }

  @Test
  void aQuietPeriodIsNeverNegative() {
    assertThrows(IllegalArgumentException.class, () -> new ThrottledLog(Duration.ofSeconds(-1)));
  }
}
