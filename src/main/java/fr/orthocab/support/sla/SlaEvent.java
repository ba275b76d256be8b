package fr.orthocab.support.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of a ticket's SLA history, with the clock's instants and the policy it was measured
 * against, so that it explains itself after the policy changed. The database holds one of a kind
 * per cycle of the request whose clock recorded it (its origin): a merge moves a duplicate's lines
 * to the original's history, where the origin still tells them apart.
 */
@Entity
@Table(name = "sla_event")
public class SlaEvent implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(name = "sla_event_seq", sequenceName = "sla_event_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sla_event_seq")
  private Long id;

  /** The ticket whose history holds the line. */
  @Column(name = "ticket_id", nullable = false)
  private long ticketId;

  /** The request whose clock recorded it: the ticket itself unless a merge moved the line. */
  @Column(name = "origin_ticket_id", nullable = false, updatable = false)
  private long originTicketId;

  @Column(name = "cycle", nullable = false)
  private int cycle;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private SlaEventKind kind;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "policy_id", nullable = false)
  private ServiceLevel policy;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "objective_due_at", nullable = false)
  private Instant objectiveDueAt;

  @Column(name = "deadline_due_at", nullable = false)
  private Instant deadlineDueAt;

  /** When it happened: a reply's instant, or the instant a warning or breach became due. */
  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  /** Opening time from the clock's start to a reply or a stop. */
  @Column(name = "opening_seconds")
  private Long openingSeconds;

  protected SlaEvent() {}

  SlaEvent(
      SlaClock clock,
      SlaEventKind kind,
      Instant occurredAt,
      Instant recordedAt,
      Duration openingTime) {
    this.ticketId = clock.getTicketId();
    this.originTicketId = clock.getTicketId();
    this.cycle = clock.getCycle();
    this.kind = Objects.requireNonNull(kind, "kind");
    this.policy = clock.getPolicy();
    this.startedAt = clock.getStartedAt();
    this.objectiveDueAt = clock.getObjectiveDueAt();
    this.deadlineDueAt = clock.getDeadlineDueAt();
    this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
    this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
    this.openingSeconds = openingTime == null ? null : openingTime.toSeconds();
  }

  public boolean withinObjective() {
    return !occurredAt.isAfter(objectiveDueAt);
  }

  public boolean withinDeadline() {
    return occurredAt.isBefore(deadlineDueAt);
  }

  public Long getId() {
    return id;
  }

  public long getTicketId() {
    return ticketId;
  }

  public long getOriginTicketId() {
    return originTicketId;
  }

  /** The line came with a request merged into this ticket. */
  public boolean isMergedIn() {
    return originTicketId != ticketId;
  }

  public int getCycle() {
    return cycle;
  }

  public SlaEventKind getKind() {
    return kind;
  }

  public ServiceLevel getPolicy() {
    return policy;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getObjectiveDueAt() {
    return objectiveDueAt;
  }

  public Instant getDeadlineDueAt() {
    return deadlineDueAt;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public Long getOpeningSeconds() {
    return openingSeconds;
  }
}
