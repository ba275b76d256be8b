package fr.orthocab.support.sla;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.sla.calendar.SlaPolicy;
import fr.orthocab.support.subscription.Pack;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * The SLA policy of a pack as a supervisor set it (DELAY-AIM, DELAY-MAX). A change supersedes the
 * row rather than editing it: a ticket's clock points at the row it started with, so a change
 * applies to new clocks only and every past event still names the policy it was measured against.
 * The row without pack applies to requests from customers whose pack has no policy of its own.
 */
@Entity
@Table(name = "sla_policy")
public class ServiceLevel implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(name = "sla_policy_seq", sequenceName = "sla_policy_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sla_policy_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "pack_id")
  private Pack pack;

  @Column(name = "objective_minutes", nullable = false)
  private int objectiveMinutes;

  @Column(name = "deadline_days", nullable = false)
  private int deadlineDays;

  @Column(name = "warning_percent", nullable = false)
  private int warningPercent;

  @Column(name = "warning_before_deadline_minutes", nullable = false)
  private int warningBeforeDeadlineMinutes;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "created_by_id")
  private Account createdBy;

  @Column(name = "superseded_at")
  private Instant supersededAt;

  protected ServiceLevel() {}

  /** A new policy for that pack (null: the default), checked by {@link SlaPolicy}'s rules. */
  public ServiceLevel(Pack pack, SlaPolicy policy, Account createdBy, Instant createdAt) {
    Objects.requireNonNull(policy, "policy");
    this.pack = pack;
    this.objectiveMinutes = Math.toIntExact(policy.objective().toMinutes());
    this.deadlineDays = policy.deadlineDays();
    this.warningPercent = (int) Math.round(policy.warningRatio() * 100);
    this.warningBeforeDeadlineMinutes = Math.toIntExact(policy.warningBeforeDeadline().toMinutes());
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  void supersede(Instant at) {
    if (supersededAt != null) {
      throw new IllegalStateException("Policy " + id + " was already superseded");
    }
    supersededAt = at;
  }

  public SlaPolicy policy() {
    return new SlaPolicy(
        Duration.ofMinutes(objectiveMinutes),
        deadlineDays,
        warningPercent / 100.0,
        Duration.ofMinutes(warningBeforeDeadlineMinutes));
  }

  public Long getId() {
    return id;
  }

  public Pack getPack() {
    return pack;
  }

  public int getObjectiveMinutes() {
    return objectiveMinutes;
  }

  public int getDeadlineDays() {
    return deadlineDays;
  }

  public int getWarningPercent() {
    return warningPercent;
  }

  public int getWarningBeforeDeadlineMinutes() {
    return warningBeforeDeadlineMinutes;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Account getCreatedBy() {
    return createdBy;
  }

  public Instant getSupersededAt() {
    return supersededAt;
  }
}
