package fr.orthocab.support.rotation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A member of the team who said they are available for requests given in turn, and since when. */
@Entity
@Table(name = "rotation_member")
public class RotationMember implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @Column(name = "account_id")
  private Long accountId;

  @Column(name = "available_since", nullable = false)
  private Instant availableSince;

  protected RotationMember() {}

  RotationMember(long accountId, Instant since) {
    this.accountId = accountId;
    this.availableSince = Objects.requireNonNull(since, "since");
  }

  public Long getAccountId() {
    return accountId;
  }

  public Instant getAvailableSince() {
    return availableSince;
  }
}
