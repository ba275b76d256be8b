package fr.orthocab.support.policy;

import fr.orthocab.support.ticket.Ticket;
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
import java.time.Instant;
import java.util.Objects;

/**
 * A decision taken on a request: the clause it applies, the policy version in force when it was
 * taken, what it did, who or which rule took it, and why. Decisions are never changed or deleted.
 */
@Entity
@Table(name = "decision")
public class Decision implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(name = "decision_seq", sequenceName = "decision_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "decision_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "ticket_id", nullable = false)
  private Ticket ticket;

  @Enumerated(EnumType.STRING)
  @Column(name = "clause", nullable = false)
  private Clause clause;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "policy_version_id")
  private PolicyVersion policyVersion;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false)
  private Outcome outcome;

  @Column(name = "decided_by", nullable = false)
  private String decidedBy;

  @Column(name = "decided_at", nullable = false)
  private Instant decidedAt;

  @Column(name = "detail", length = 2000)
  private String detail;

  protected Decision() {}

  public Decision(
      Ticket ticket,
      Clause clause,
      PolicyVersion policyVersion,
      Outcome outcome,
      String decidedBy,
      Instant decidedAt,
      String detail) {
    this.ticket = Objects.requireNonNull(ticket, "ticket");
    this.clause = Objects.requireNonNull(clause, "clause");
    this.policyVersion = policyVersion;
    this.outcome = Objects.requireNonNull(outcome, "outcome");
    this.decidedBy = Objects.requireNonNull(decidedBy, "decidedBy");
    this.decidedAt = Objects.requireNonNull(decidedAt, "decidedAt");
    this.detail = detail;
  }

  public Long getId() {
    return id;
  }

  public Ticket getTicket() {
    return ticket;
  }

  public Clause getClause() {
    return clause;
  }

  public PolicyVersion getPolicyVersion() {
    return policyVersion;
  }

  /** The label of the policy version applied, or "—" before the policy existed. */
  public String getPolicyLabel() {
    return policyVersion == null ? ClauseTexts.NONE : policyVersion.getLabel();
  }

  /**
   * Whether the customer is shown this decision: not flags, which are notes for agents, nor the
   * mere absence of priority (SCOPE-PRIORITY accepted at normal priority), which tells them
   * nothing.
   */
  public boolean concernsCustomer() {
    return outcome != Outcome.FLAGGED
        && outcome != Outcome.CLEARED
        && !(clause == Clause.SCOPE_PRIORITY && outcome == Outcome.ACCEPTED);
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDetail() {
    return detail;
  }
}
