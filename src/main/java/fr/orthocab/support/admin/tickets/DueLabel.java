package fr.orthocab.support.admin.tickets;

import fr.orthocab.support.customer.Language;
import fr.orthocab.support.sla.SlaClock;
import fr.orthocab.support.sla.SlaState;
import fr.orthocab.support.sla.SlaWording;
import java.time.Duration;
import java.time.Instant;

/**
 * What the queue says of a ticket's clock: which level is next (the objective until it passes, then
 * the deadline), when, and how long from now, in the agent's language. The colour follows the
 * recorded state, so the queue, the ticket page and the API never disagree.
 *
 * @param level "objective" or "deadline": the message key suffix of the level shown
 * @param due the instant of that level
 * @param relative "dans 1 h 20" / "dépassé de 2 h"
 */
public record DueLabel(SlaState state, String level, Instant due, String relative) {
  static DueLabel of(SlaClock clock, Instant now, Language language) {
    if (clock == null || !clock.isRunning()) {
      return null;
    }
    boolean objectivePending = now.isBefore(clock.getObjectiveDueAt());
    Instant due = objectivePending ? clock.getObjectiveDueAt() : clock.getDeadlineDueAt();
    Duration left = Duration.between(now, due);
    String amount = SlaWording.duration(left.abs(), language);
    String relative;
    if (language == Language.EN) {
      relative = left.isNegative() ? "overdue by " + amount : "in " + amount;
    } else {
      relative = left.isNegative() ? "dépassé de " + amount : "dans " + amount;
    }
    return new DueLabel(clock.state(), objectivePending ? "objective" : "deadline", due, relative);
  }

  // Faces' EL 5 reads bean properties, not record components.
  public SlaState getState() {
    return state;
  }

  public String getLevel() {
    return level;
  }

  public Instant getDue() {
    return due;
  }

  public String getRelative() {
    return relative;
  }

  public String getStyleClass() {
    return "sla sla-" + state.name();
  }
}
