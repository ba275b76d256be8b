package fr.orthocab.support.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.orthocab.support.customer.Language;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SlaWordingTest {
  @Test
  void openingTimeIsWrittenInHoursAndMinutes() {
    assertEquals("2 h", SlaWording.openingTime(120));
    assertEquals("9 h", SlaWording.openingTime(540));
    assertEquals("1 h 05", SlaWording.openingTime(65));
    assertEquals("45 min", SlaWording.openingTime(45));
    assertEquals("27 h 30", SlaWording.openingTime(27 * 60 + 30), "opening hours never make days");
  }

  @Test
  void wallClockDurationsBeyondADayStartWithDays() {
    assertEquals("1 h 20", SlaWording.duration(Duration.ofMinutes(80), Language.FR));
    assertEquals("2 j 3 h", SlaWording.duration(Duration.ofHours(51), Language.FR));
    assertEquals("2 d 3 h", SlaWording.duration(Duration.ofHours(51), Language.EN));
    assertEquals("1 j", SlaWording.duration(Duration.ofHours(24).plusSeconds(59), Language.FR));
    assertEquals("0 min", SlaWording.duration(Duration.ofSeconds(-5), Language.FR));
  }
}
