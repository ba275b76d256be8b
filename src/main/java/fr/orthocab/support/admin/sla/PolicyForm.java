package fr.orthocab.support.admin.sla;

import fr.orthocab.support.sla.ServiceLevel;
import fr.orthocab.support.sla.calendar.SlaPolicy;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * An SLA policy as the supervisor edits it: durations in hours and minutes, the warning as a whole
 * percentage. Checks what {@link SlaPolicy} would refuse, and the bounds that keep minutes in an
 * int, so the supervisor reads each mistake in words rather than an exception.
 */
public final class PolicyForm implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int MAX_HOURS = 999;
  static final int MAX_DAYS = 365;

  private final Long editedId;
  private final String name;
  private Integer objectiveHours;
  private Integer objectiveMinutes;
  private Integer deadlineDays;
  private Integer warningPercent;
  private Integer warningHours;
  private Integer warningMinutes;

  /** The form to edit that policy, named as the page shows its pack. */
  public static PolicyForm of(ServiceLevel level, String name) {
    return new PolicyForm(
        level.getId(),
        name,
        level.getObjectiveMinutes(),
        level.getDeadlineDays(),
        level.getWarningPercent(),
        level.getWarningBeforeDeadlineMinutes());
  }

  PolicyForm(
      Long editedId,
      String name,
      int objective,
      int deadlineDays,
      int warningPercent,
      int warningBefore) {
    this.editedId = editedId;
    this.name = name;
    this.objectiveHours = objective / 60;
    this.objectiveMinutes = objective % 60;
    this.deadlineDays = deadlineDays;
    this.warningPercent = warningPercent;
    this.warningHours = warningBefore / 60;
    this.warningMinutes = warningBefore % 60;
  }

  /** The suffixes of the message keys of every mistake, none when the policy can be saved. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (!within(objectiveHours, 0, MAX_HOURS) || !within(objectiveMinutes, 0, 59)) {
      problems.add("objectiveRange");
    } else if (objectiveHours == 0 && objectiveMinutes == 0) {
      problems.add("objectivePositive");
    }
    if (!within(deadlineDays, 1, MAX_DAYS)) {
      problems.add("deadlineRange");
    }
    if (!within(warningPercent, 1, 99)) {
      problems.add("warningPercentRange");
    }
    if (!within(warningHours, 0, MAX_HOURS) || !within(warningMinutes, 0, 59)) {
      problems.add("warningBeforeRange");
    }
    return problems;
  }

  /** The policy typed; call only once {@link #problems()} is empty. */
  public SlaPolicy policy() {
    return new SlaPolicy(
        Duration.ofMinutes(objectiveHours * 60L + objectiveMinutes),
        deadlineDays,
        warningPercent / 100.0,
        Duration.ofMinutes(warningHours * 60L + warningMinutes));
  }

  private static boolean within(Integer value, int min, int max) {
    return value != null && value >= min && value <= max;
  }

  /** The id of the policy in force when the supervisor began; saving supersedes only that one. */
  public Long getEditedId() {
    return editedId;
  }

  public String getName() {
    return name;
  }

  public Integer getObjectiveHours() {
    return objectiveHours;
  }

  public void setObjectiveHours(Integer objectiveHours) {
    this.objectiveHours = objectiveHours;
  }

  public Integer getObjectiveMinutes() {
    return objectiveMinutes;
  }

  public void setObjectiveMinutes(Integer objectiveMinutes) {
    this.objectiveMinutes = objectiveMinutes;
  }

  public Integer getDeadlineDays() {
    return deadlineDays;
  }

  public void setDeadlineDays(Integer deadlineDays) {
    this.deadlineDays = deadlineDays;
  }

  public Integer getWarningPercent() {
    return warningPercent;
  }

  public void setWarningPercent(Integer warningPercent) {
    this.warningPercent = warningPercent;
  }

  public Integer getWarningHours() {
    return warningHours;
  }

  public void setWarningHours(Integer warningHours) {
    this.warningHours = warningHours;
  }

  public Integer getWarningMinutes() {
    return warningMinutes;
  }

  public void setWarningMinutes(Integer warningMinutes) {
    this.warningMinutes = warningMinutes;
  }
}
