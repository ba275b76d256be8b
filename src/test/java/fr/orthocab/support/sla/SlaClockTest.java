package fr.orthocab.support.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.account.Role;
import fr.orthocab.support.sla.calendar.SlaDueInstants;
import fr.orthocab.support.sla.calendar.SlaPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlaClockTest {
  private static final Instant START = Instant.parse("2026-05-11T08:00:00Z");
  private static final SlaDueInstants DUE =
      new SlaDueInstants(
          Instant.parse("2026-05-11T09:30:00Z"),
          Instant.parse("2026-05-11T10:00:00Z"),
          Instant.parse("2026-05-12T12:00:00Z"),
          Instant.parse("2026-05-13T22:00:00Z"));

  private final ServiceLevel policy =
      new ServiceLevel(
          null,
          SlaPolicy.PRIORITY,
          Account.forStaff("s@orthocab.fr", "S", "h", Role.SUPERVISOR),
          START);

  private SlaClock started() {
    SlaClock clock = new SlaClock(7L, policy);
    SlaEvent event = clock.start(START, DUE, START);
    assertEquals(SlaEventKind.STARTED, event.getKind());
    return clock;
  }

  @Test
  void aStartedClockRunsAndLooksNextAtItsFirstWarning() {
    SlaClock clock = started();
    assertTrue(clock.isRunning());
    assertEquals(1, clock.getCycle());
    assertEquals(SlaState.RUNNING, clock.state());
    assertEquals(DUE.objectiveWarningAt(), clock.getNextDueAt());
    assertEquals(List.of(), clock.dueAt(DUE.objectiveWarningAt().minusMillis(1)));
  }

  @Test
  void eventsComeDueInTheOrderOfTheirInstantsAndAreRecordedOnce() {
    SlaClock clock = started();
    Instant late = DUE.deadlineDueAt().plus(Duration.ofHours(1));
    assertEquals(
        List.of(
            SlaEventKind.OBJECTIVE_WARNING,
            SlaEventKind.OBJECTIVE_MISSED,
            SlaEventKind.DEADLINE_WARNING,
            SlaEventKind.DEADLINE_BREACHED),
        clock.dueAt(late));

    SlaEvent warning = clock.record(SlaEventKind.OBJECTIVE_WARNING, late);
    assertEquals(DUE.objectiveWarningAt(), warning.getOccurredAt(), "it happened when it was due");
    assertEquals(late, warning.getRecordedAt());
    assertEquals(SlaState.WARNING, clock.state());
    assertEquals(DUE.objectiveDueAt(), clock.getNextDueAt());
    assertThrows(
        IllegalStateException.class, () -> clock.record(SlaEventKind.OBJECTIVE_WARNING, late));

    clock.record(SlaEventKind.OBJECTIVE_MISSED, late);
    assertEquals(SlaState.OBJECTIVE_MISSED, clock.state());
    clock.record(SlaEventKind.DEADLINE_WARNING, late);
    clock.record(SlaEventKind.DEADLINE_BREACHED, late);
    assertEquals(SlaState.BREACHED, clock.state());
    assertTrue(clock.isEverBreached());
    assertNull(clock.getNextDueAt());
    assertEquals(List.of(), clock.dueAt(late));
  }

  @Test
  void aReplyEndsTheCycleAndANewWaitStartsTheNext() {
    SlaClock clock = started();
    Instant reply = START.plus(Duration.ofMinutes(40));
    SlaEvent satisfied = clock.end(true, reply, Duration.ofMinutes(40));
    assertEquals(SlaEventKind.SATISFIED, satisfied.getKind());
    assertEquals(2400L, satisfied.getOpeningSeconds());
    assertTrue(satisfied.withinObjective());
    assertTrue(satisfied.withinDeadline());
    assertFalse(clock.isRunning());
    assertEquals(SlaState.SATISFIED, clock.state());
    assertNull(clock.getNextDueAt(), "an answered clock is never swept");
    assertEquals(List.of(), clock.dueAt(DUE.deadlineDueAt()));

    clock.start(reply.plusSeconds(60), DUE, reply.plusSeconds(60));
    assertEquals(2, clock.getCycle());
    assertEquals(SlaState.RUNNING, clock.state());
  }

  @Test
  void aClockStoppedWithoutReplyHasNoState() {
    SlaClock clock = started();
    SlaEvent stopped = clock.end(false, START.plusSeconds(5), Duration.ZERO);
    assertEquals(SlaEventKind.STOPPED, stopped.getKind());
    assertEquals(SlaState.NONE, clock.state());
    assertThrows(IllegalStateException.class, () -> clock.end(true, START, Duration.ZERO));
  }

  @Test
  void aReplyAtTheDeadlineIsLate() {
    SlaClock clock = started();
    SlaEvent atDeadline = clock.end(true, DUE.deadlineDueAt(), Duration.ofHours(20));
    assertFalse(atDeadline.withinDeadline());
    assertFalse(atDeadline.withinObjective());
  }
}
