package fr.orthocab.support.api;

import fr.orthocab.support.sla.ServiceLevel;
import fr.orthocab.support.sla.SlaClock;
import fr.orthocab.support.sla.SlaEvent;
import fr.orthocab.support.sla.SlaState;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A ticket's {@code sla} as the API shows it: the due instants of its clock (those of the oldest
 * message awaiting a reply, or of the last wait once answered), its state and its history, with the
 * lines of the requests merged into it. A ticket that never waited for a reply (held, unidentified)
 * has state {@code NONE} and no instants.
 */
final class SlaJson {
  private SlaJson() {}

  /**
   * @param mergedFrom the references of the requests merged lines came from, by id: such a line
   *     names its request ({@code mergedFrom}), whose cycles it counts
   */
  static JsonObjectBuilder of(SlaClock clock, List<SlaEvent> events, Map<Long, String> mergedFrom) {
    JsonObjectBuilder sla = ApiJson.object();
    JsonArrayBuilder history = ApiJson.array();
    for (SlaEvent e : events) {
      JsonObjectBuilder event =
          ApiJson.object()
              .add("kind", e.getKind().name())
              .add("cycle", e.getCycle())
              .add("occurredAt", instant(e.getOccurredAt()))
              .add("recordedAt", instant(e.getRecordedAt()))
              .add("startedAt", instant(e.getStartedAt()))
              .add("objectiveDueAt", instant(e.getObjectiveDueAt()))
              .add("deadlineDueAt", instant(e.getDeadlineDueAt()))
              .add("policyId", e.getPolicy().getId());
      if (e.getOpeningSeconds() == null) {
        event.addNull("openingSeconds");
      } else {
        event.add("openingSeconds", e.getOpeningSeconds());
      }
      if (e.isMergedIn() && mergedFrom.containsKey(e.getOriginTicketId())) {
        event.add("mergedFrom", mergedFrom.get(e.getOriginTicketId()));
      }
      history.add(event);
    }
    if (clock == null || clock.getStartedAt() == null) {
      // a request that never waited may still hold the history of a request merged into it
      return sla.addNull("objectiveDueAt")
          .addNull("deadlineDueAt")
          .add("state", SlaState.NONE.name())
          .add("breached", false)
          .addNull("policy")
          .add("events", history);
    }
    return sla.add("objectiveDueAt", instant(clock.getObjectiveDueAt()))
        .add("deadlineDueAt", instant(clock.getDeadlineDueAt()))
        .add("state", clock.state().name())
        .add("breached", clock.isEverBreached())
        .add("policy", policy(clock.getPolicy()))
        .add("events", history);
  }

  private static JsonObjectBuilder policy(ServiceLevel level) {
    JsonObjectBuilder policy = ApiJson.object().add("id", level.getId());
    if (level.getPack() == null) {
      policy.addNull("pack");
    } else {
      policy.add("pack", level.getPack().getCode());
    }
    return policy
        .add("objectiveOpeningMinutes", level.getObjectiveMinutes())
        .add("deadlineDays", level.getDeadlineDays())
        .add("warningPercent", level.getWarningPercent())
        .add("warningBeforeDeadlineOpeningMinutes", level.getWarningBeforeDeadlineMinutes());
  }

  private static String instant(Instant at) {
    return TicketJson.instant(at);
  }
}
