package fr.orthocab.support.refusal;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.policy.Clause;
import fr.orthocab.support.policy.PolicyVersion;
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

/** A refusal of support on a ticket, and its lifting if a supervisor lifted it. */
@Entity
@Table(name = "refusal")
public class Refusal implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final int MAX_EXPLANATION = 2000;

  @Id
  @SequenceGenerator(name = "refusal_seq", sequenceName = "refusal_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "refusal_seq")
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

  /** The agent who refused; null when a rule did (see {@link #decidedByRule}). */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "decided_by_id")
  private Account decidedBy;

  @Column(name = "decided_by_rule")
  private String decidedByRule;

  @Column(name = "decided_at", nullable = false)
  private Instant decidedAt;

  @Column(name = "explanation", nullable = false, length = MAX_EXPLANATION)
  private String explanation;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "lifted_by_id")
  private Account liftedBy;

  @Column(name = "lifted_at")
  private Instant liftedAt;

  protected Refusal() {}

  private Refusal(
      Ticket ticket,
      Clause clause,
      PolicyVersion policyVersion,
      Account decidedBy,
      Instant decidedAt,
      String explanation) {
    if (!Objects.requireNonNull(clause, "clause").isRefusalReason()) {
      throw new IllegalArgumentException(clause.id() + " is not a reason to refuse support");
    }
    if (explanation == null || explanation.isBlank() || explanation.length() > MAX_EXPLANATION) {
      throw new IllegalArgumentException("A refusal needs an explanation of 1 to 2000 characters");
    }
    this.ticket = Objects.requireNonNull(ticket, "ticket");
    this.clause = clause;
    this.policyVersion = policyVersion;
    this.decidedBy = decidedBy;
    this.decidedAt = Objects.requireNonNull(decidedAt, "decidedAt");
    this.explanation = explanation.strip();
  }

  /** A refusal an agent decided. */
  static Refusal byAgent(
      Ticket ticket,
      Clause clause,
      PolicyVersion version,
      Account agent,
      Instant at,
      String explanation) {
    return new Refusal(
        ticket, clause, version, Objects.requireNonNull(agent, "agent"), at, explanation);
  }

  /** A refusal a rule applied by itself, where the policy allows it (a hold that expired). */
  static Refusal byRule(
      Ticket ticket,
      Clause clause,
      PolicyVersion version,
      String rule,
      Instant at,
      String explanation) {
    Refusal refusal = new Refusal(ticket, clause, version, null, at, explanation);
    refusal.decidedByRule = Objects.requireNonNull(rule, "rule");
    return refusal;
  }

  void lift(Account supervisor, Instant at) {
    if (liftedAt != null) {
      throw new IllegalStateException("This refusal was already lifted");
    }
    liftedBy = Objects.requireNonNull(supervisor, "supervisor");
    liftedAt = Objects.requireNonNull(at, "at");
  }

  public boolean isLifted() {
    return liftedAt != null;
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

  public Account getDecidedBy() {
    return decidedBy;
  }

  public String getDecidedByRule() {
    return decidedByRule;
  }

  /** Who refused, as people read it: the agent's name, or the rule. */
  public String getDecidedByName() {
    return decidedBy != null ? decidedBy.getDisplayName() : decidedByRule;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getExplanation() {
    return explanation;
  }

  public Account getLiftedBy() {
    return liftedBy;
  }

  public Instant getLiftedAt() {
    return liftedAt;
  }
}
