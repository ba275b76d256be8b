package fr.orthocab.support.refusal;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.policy.Clause;
import fr.orthocab.support.policy.PolicyVersion;
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
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A customer's support suspended by a supervisor for a period, under a clause about the customer's
 * behaviour: every new request during it is refused under that clause. Ending it early is recorded;
 * nothing is ever deleted.
 */
@Entity
@Table(name = "suspension")
public class Suspension implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final int MAX_EXPLANATION = Refusal.MAX_EXPLANATION;

  /** The clauses about a customer's behaviour, the only ones that justify a suspension. */
  public static final Set<Clause> REASONS =
      EnumSet.of(Clause.REFUSE_DISRESPECT, Clause.REFUSE_LANGUAGE, Clause.REFUSE_SPAM);

  @Id
  @SequenceGenerator(name = "suspension_seq", sequenceName = "suspension_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "suspension_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "customer_id", nullable = false)
  private Customer customer;

  @Enumerated(EnumType.STRING)
  @Column(name = "clause", nullable = false)
  private Clause clause;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Column(name = "explanation", nullable = false, length = MAX_EXPLANATION)
  private String explanation;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "policy_version_id")
  private PolicyVersion policyVersion;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "decided_by_id", nullable = false)
  private Account decidedBy;

  @Column(name = "decided_at", nullable = false)
  private Instant decidedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "ended_by_id")
  private Account endedBy;

  @Column(name = "ended_at")
  private Instant endedAt;

  protected Suspension() {}

  public Suspension(
      Customer customer,
      Clause clause,
      Instant startsAt,
      Instant endsAt,
      String explanation,
      PolicyVersion policyVersion,
      Account supervisor,
      Instant decidedAt) {
    if (!REASONS.contains(Objects.requireNonNull(clause, "clause"))) {
      throw new IllegalArgumentException(clause.id() + " is not a reason to suspend support");
    }
    if (!Objects.requireNonNull(endsAt, "endsAt").isAfter(Objects.requireNonNull(startsAt))) {
      throw new IllegalArgumentException("A suspension ends after it starts");
    }
    if (explanation == null || explanation.isBlank() || explanation.length() > MAX_EXPLANATION) {
      throw new IllegalArgumentException(
          "A suspension needs an explanation of 1 to 2000 characters");
    }
    this.customer = Objects.requireNonNull(customer, "customer");
    this.clause = clause;
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.explanation = explanation.strip();
    this.policyVersion = policyVersion;
    this.decidedBy = Objects.requireNonNull(supervisor, "supervisor");
    this.decidedAt = Objects.requireNonNull(decidedAt, "decidedAt");
  }

  /** True when a request received at that instant falls in the suspension. */
  public boolean covers(Instant instant) {
    return !instant.isBefore(startsAt)
        && instant.isBefore(endsAt)
        && (endedAt == null || instant.isBefore(endedAt));
  }

  /** A supervisor ends the suspension before its term; requests from then on are accepted. */
  void end(Account supervisor, Instant at) {
    if (endedAt != null) {
      throw new SuspensionAlreadyOver("This suspension was already ended");
    }
    if (!at.isBefore(endsAt)) {
      throw new SuspensionAlreadyOver("This suspension is already over");
    }
    endedBy = Objects.requireNonNull(supervisor, "supervisor");
    endedAt = at;
  }

  /** Not yet over at that instant: running, or yet to start. */
  public boolean isInForceOrAhead(Instant instant) {
    return endedAt == null && instant.isBefore(endsAt);
  }

  public boolean isEnded() {
    return endedAt != null;
  }

  public Long getId() {
    return id;
  }

  public Customer getCustomer() {
    return customer;
  }

  public Clause getClause() {
    return clause;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public Instant getEndsAt() {
    return endsAt;
  }

  public String getExplanation() {
    return explanation;
  }

  public PolicyVersion getPolicyVersion() {
    return policyVersion;
  }

  public Account getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public Account getEndedBy() {
    return endedBy;
  }

  public Instant getEndedAt() {
    return endedAt;
  }
}
