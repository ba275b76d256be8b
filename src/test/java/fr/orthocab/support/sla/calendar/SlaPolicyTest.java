package fr.orthocab.support.sla.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SlaPolicyTest {

  @Test
  void defaultsFollowDelayAimAndDelayMax() {
    assertEquals(
        new SlaPolicy(Duration.ofHours(2), 2, 0.75, Duration.ofHours(4)), SlaPolicy.PRIORITY);
    assertEquals(
        new SlaPolicy(Duration.ofHours(9), 2, 0.75, Duration.ofHours(4)), SlaPolicy.NORMAL);
  }

  @Test
  void theObjectiveWarningComesAtThreeQuarters() {
    assertEquals(Duration.ofMinutes(90), SlaPolicy.PRIORITY.objectiveWarningAfter());
    assertEquals(Duration.ofMinutes(405), SlaPolicy.NORMAL.objectiveWarningAfter());
  }

  @Test
  void nonsenseSettingsAreRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new SlaPolicy(Duration.ZERO, 2, 0.75, Duration.ofHours(4)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new SlaPolicy(Duration.ofHours(2), 0, 0.75, Duration.ofHours(4)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new SlaPolicy(Duration.ofHours(2), 2, 1.0, Duration.ofHours(4)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new SlaPolicy(Duration.ofHours(2), 2, 0.75, Duration.ofHours(-1)));
  }
}
