package fr.orthocab.support.admin.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.orthocab.support.sla.calendar.SlaPolicy;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyFormTest {
  private static PolicyForm form(int objective, int days, int percent, int before) {
    return new PolicyForm(7L, "Pack gratuit ORTHOCAB", objective, days, percent, before);
  }

  @Test
  void splitsMinutesIntoHoursAndMinutesAndBuildsThePolicyBack() {
    PolicyForm form = form(510, 2, 75, 240);
    assertEquals(8, form.getObjectiveHours());
    assertEquals(30, form.getObjectiveMinutes());
    assertEquals(4, form.getWarningHours());
    assertEquals(0, form.getWarningMinutes());
    assertEquals(List.of(), form.problems());
    assertEquals(
        new SlaPolicy(Duration.ofMinutes(510), 2, 0.75, Duration.ofHours(4)), form.policy());
  }

  @Test
  void anObjectiveOfNothingIsRefused() {
    PolicyForm form = form(120, 2, 75, 240);
    form.setObjectiveHours(0);
    form.setObjectiveMinutes(0);
    assertEquals(List.of("objectivePositive"), form.problems());
  }

  @Test
  void everyFieldOutOfItsRangeIsReportedTogether() {
    PolicyForm form = form(120, 2, 75, 240);
    form.setObjectiveMinutes(60);
    form.setDeadlineDays(0);
    form.setWarningPercent(100);
    form.setWarningHours(-1);
    assertEquals(
        List.of("objectiveRange", "deadlineRange", "warningPercentRange", "warningBeforeRange"),
        form.problems());
  }

  @Test
  void boundsKeepTheMinutesInAnIntAndTheRatioStrictlyBetweenZeroAndOne() {
    PolicyForm form = form(120, 2, 75, 240);
    form.setObjectiveHours(PolicyForm.MAX_HOURS + 1);
    form.setWarningPercent(0);
    form.setDeadlineDays(PolicyForm.MAX_DAYS + 1);
    form.setWarningMinutes(null);
    assertEquals(
        List.of("objectiveRange", "deadlineRange", "warningPercentRange", "warningBeforeRange"),
        form.problems());
    PolicyForm edge = form(PolicyForm.MAX_HOURS * 60 + 59, PolicyForm.MAX_DAYS, 99, 0);
    assertEquals(List.of(), edge.problems());
    assertEquals(0.99, edge.policy().warningRatio());
    assertEquals(Duration.ZERO, edge.policy().warningBeforeDeadline());
  }
}
