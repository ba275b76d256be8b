package fr.orthocab.support.admin.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.orthocab.support.customer.Language;
import fr.orthocab.support.sla.SlaClock;
import fr.orthocab.support.sla.SlaClockFixtures;
import fr.orthocab.support.sla.SlaState;
import fr.orthocab.support.sla.calendar.SlaPolicy;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DueLabelTest {
  private static final Instant MONDAY_10H = Instant.parse("2026-05-11T08:00:00Z");

  @Test
  void theObjectiveIsShownUntilItPassesThenTheDeadline() {
    SlaClock clock = SlaClockFixtures.started(MONDAY_10H, SlaPolicy.PRIORITY);

    DueLabel before = DueLabel.of(clock, MONDAY_10H.plus(Duration.ofMinutes(40)), Language.FR);
    assertEquals("objective", before.level());
    assertEquals(Instant.parse("2026-05-11T10:00:00Z"), before.due());
    assertEquals("dans 1 h 20", before.relative());
    assertEquals("sla sla-RUNNING", before.getStyleClass());

    DueLabel after = DueLabel.of(clock, Instant.parse("2026-05-11T12:30:00Z"), Language.EN);
    assertEquals("deadline", after.level());
    assertEquals("in 2 d 9 h", after.relative());

    DueLabel late = DueLabel.of(clock, Instant.parse("2026-05-14T00:00:00Z"), Language.FR);
    assertEquals("dépassé de 2 h", late.relative());
    assertEquals(SlaState.RUNNING, late.state(), "the colour waits for the sweep's record");
  }

  @Test
  void noClockOrAStoppedOneShowsNothing() {
    assertNull(DueLabel.of(null, MONDAY_10H, Language.FR));
  }
}
