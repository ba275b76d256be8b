package fr.orthocab.support.sla;

import fr.orthocab.support.sla.calendar.SlaDueInstants;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A ticket's reply clock. A cycle starts when a customer message starts waiting for a reply (the
 * oldest waiting message gives the due instants) and ends with an agent's public reply or when the
 * ticket leaves the queue. {@code nextDueAt} is the earliest warning or breach not yet recorded:
 * the sweep reads only rows where it has come, so its cost follows due tickets, not open ones.
 */
@Entity
@Table(name = "sla_clock")
public class SlaClock implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @Column(name = "ticket_id")
  private Long ticketId;

  /** The policy of the ticket's first cycle, kept for every later one. */
  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "policy_id", nullable = false)
  private ServiceLevel policy;

  @Column(name = "cycle", nullable = false)
  private int cycle;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "objective_warning_at")
  private Instant objectiveWarningAt;

  @Column(name = "objective_due_at")
  private Instant objectiveDueAt;

  @Column(name = "deadline_warning_at")
  private Instant deadlineWarningAt;

  @Column(name = "deadline_due_at")
  private Instant deadlineDueAt;

  @Column(name = "objective_warned_at")
  private Instant objectiveWarnedAt;

  @Column(name = "objective_missed_at")
  private Instant objectiveMissedAt;

  @Column(name = "deadline_warned_at")
  private Instant deadlineWarnedAt;

  @Column(name = "deadline_breached_at")
  private Instant deadlineBreachedAt;

  @Column(name = "next_due_at")
  private Instant nextDueAt;

  /** How the last cycle ended (SATISFIED or STOPPED); null while a cycle runs or before any. */
  @Enumerated(EnumType.STRING)
  @Column(name = "last_outcome")
  private SlaEventKind lastOutcome;

  /** A deadline was breached in some cycle: the ticket stays flagged for supervisors. */
  @Column(name = "ever_breached", nullable = false)
  private boolean everBreached;

  /** Set by a sweep's claiming update, within its transaction only. */
  @Column(name = "claim_token")
  private String claimToken;

  protected SlaClock() {}

  public SlaClock(long ticketId, ServiceLevel policy) {
    this.ticketId = ticketId;
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /** A new cycle: a message waits for a reply since {@code due}'s start. */
  SlaEvent start(Instant waitingSince, SlaDueInstants due, Instant recordedAt) {
    if (isRunning()) {
      throw new IllegalStateException("The clock of ticket " + ticketId + " already runs");
    }
    cycle++;
    startedAt = Objects.requireNonNull(waitingSince, "waitingSince");
    objectiveWarningAt = due.objectiveWarningAt();
    objectiveDueAt = due.objectiveDueAt();
    deadlineWarningAt = due.deadlineWarningAt();
    deadlineDueAt = due.deadlineDueAt();
    objectiveWarnedAt = null;
    objectiveMissedAt = null;
    deadlineWarnedAt = null;
    deadlineBreachedAt = null;
    lastOutcome = null;
    nextDueAt = earliestPending();
    return new SlaEvent(this, SlaEventKind.STARTED, waitingSince, recordedAt, null);
  }

  /**
   * The cycle ends: answered by an agent's public reply (SATISFIED), or stopped without one.
   *
   * @param openingTime opening time from the start of the cycle to {@code at}
   */
  SlaEvent end(boolean answered, Instant at, Duration openingTime) {
    if (!isRunning()) {
      throw new IllegalStateException("The clock of ticket " + ticketId + " does not run");
    }
    lastOutcome = answered ? SlaEventKind.SATISFIED : SlaEventKind.STOPPED;
    nextDueAt = null;
    return new SlaEvent(this, lastOutcome, at, at, openingTime);
  }

  /**
   * The timed events whose instant has come at {@code now} and are not recorded, earliest first.
   */
  List<SlaEventKind> dueAt(Instant now) {
    if (!isRunning()) {
      return List.of();
    }
    Map<SlaEventKind, Instant> pending = pending();
    List<SlaEventKind> due = new ArrayList<>();
    for (Map.Entry<SlaEventKind, Instant> event : pending.entrySet()) {
      if (!now.isBefore(event.getValue())) {
        due.add(event.getKey());
      }
    }
    due.sort(Comparator.comparing(pending::get));
    return due;
  }

  /** Records a timed event the sweep claimed; it happened at its due instant. */
  SlaEvent record(SlaEventKind kind, Instant recordedAt) {
    Instant dueAt = pending().get(kind);
    if (dueAt == null) {
      throw new IllegalStateException(kind + " is not pending on ticket " + ticketId);
    }
    switch (kind) {
      case OBJECTIVE_WARNING -> objectiveWarnedAt = recordedAt;
      case OBJECTIVE_MISSED -> objectiveMissedAt = recordedAt;
      case DEADLINE_WARNING -> deadlineWarnedAt = recordedAt;
      case DEADLINE_BREACHED -> {
        deadlineBreachedAt = recordedAt;
        everBreached = true;
      }
      default -> throw new IllegalArgumentException(kind + " is not a timed event");
    }
    nextDueAt = earliestPending();
    return new SlaEvent(this, kind, dueAt, recordedAt, null);
  }

  void releaseClaim() {
    claimToken = null;
  }

  private Map<SlaEventKind, Instant> pending() {
    Map<SlaEventKind, Instant> pending = new EnumMap<>(SlaEventKind.class);
    if (objectiveWarnedAt == null && objectiveMissedAt == null) {
      pending.put(SlaEventKind.OBJECTIVE_WARNING, objectiveWarningAt);
    }
    if (objectiveMissedAt == null) {
      pending.put(SlaEventKind.OBJECTIVE_MISSED, objectiveDueAt);
    }
    if (deadlineWarnedAt == null && deadlineBreachedAt == null) {
      pending.put(SlaEventKind.DEADLINE_WARNING, deadlineWarningAt);
    }
    if (deadlineBreachedAt == null) {
      pending.put(SlaEventKind.DEADLINE_BREACHED, deadlineDueAt);
    }
    return pending;
  }

  private Instant earliestPending() {
    return pending().values().stream().min(Comparator.naturalOrder()).orElse(null);
  }

  public boolean isRunning() {
    return startedAt != null && lastOutcome == null;
  }

  public SlaState state() {
    if (!isRunning()) {
      return lastOutcome == SlaEventKind.SATISFIED ? SlaState.SATISFIED : SlaState.NONE;
    }
    if (deadlineBreachedAt != null) {
      return SlaState.BREACHED;
    }
    if (objectiveMissedAt != null) {
      return SlaState.OBJECTIVE_MISSED;
    }
    if (objectiveWarnedAt != null || deadlineWarnedAt != null) {
      return SlaState.WARNING;
    }
    return SlaState.RUNNING;
  }

  public Long getTicketId() {
    return ticketId;
  }

  public ServiceLevel getPolicy() {
    return policy;
  }

  public int getCycle() {
    return cycle;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getObjectiveWarningAt() {
    return objectiveWarningAt;
  }

  public Instant getObjectiveDueAt() {
    return objectiveDueAt;
  }

  public Instant getDeadlineWarningAt() {
    return deadlineWarningAt;
  }

  public Instant getDeadlineDueAt() {
    return deadlineDueAt;
  }

  public Instant getNextDueAt() {
    return nextDueAt;
  }

  public boolean isEverBreached() {
    return everBreached;
  }
}
