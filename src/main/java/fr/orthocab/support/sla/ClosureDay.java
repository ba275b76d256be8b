package fr.orthocab.support.sla;

import fr.orthocab.support.account.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A day a supervisor closed the desk (a bridge, a team day), in Paris dates. */
@Entity
@Table(name = "sla_closure_day")
public class ClosureDay implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final int MAX_LABEL = 200;

  @Id
  @Column(name = "closed_on")
  private LocalDate day;

  @Column(name = "label", nullable = false, length = MAX_LABEL)
  private String label;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "added_by_id")
  private Account addedBy;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  protected ClosureDay() {}

  public ClosureDay(LocalDate day, String label, Account addedBy, Instant addedAt) {
    this.day = Objects.requireNonNull(day, "day");
    this.label = Objects.requireNonNull(label, "label").strip();
    this.addedBy = addedBy;
    this.addedAt = Objects.requireNonNull(addedAt, "addedAt");
  }

  public LocalDate getDay() {
    return day;
  }

  public String getLabel() {
    return label;
  }

  public Account getAddedBy() {
    return addedBy;
  }

  public Instant getAddedAt() {
    return addedAt;
  }
}
