package fr.orthocab.support.rotation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The desk's one rotation: whether supervisors turned automatic assignment on, and who had the last
 * turn. Its row is locked by each new request that takes a turn, so that two nodes never give the
 * same turn twice.
 */
@Entity
@Table(name = "rotation")
public class Rotation implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The id of the one row (seeded by the changeset). */
  static final long THE_ONE = 1L;

  @Id
  @Column(name = "id")
  private Long id;

  @Column(name = "enabled", nullable = false)
  private boolean enabled;

  @Column(name = "last_account_id")
  private Long lastAccountId;

  @Column(name = "changed_by")
  private String changedBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Rotation() {}

  void turn(boolean on, String by) {
    enabled = on;
    changedBy = by;
  }

  /**
   * Gives the next turn among those available (by account id): the first after the last one to have
   * had it, else the first again; nobody when nobody is available.
   */
  Optional<Long> next(List<Long> available) {
    Optional<Long> next = nextAfter(lastAccountId, available);
    next.ifPresent(id -> lastAccountId = id);
    return next;
  }

  static Optional<Long> nextAfter(Long last, List<Long> available) {
    List<Long> sorted = available.stream().sorted().toList();
    if (sorted.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        sorted.stream().filter(id -> last != null && id > last).findFirst().orElse(sorted.get(0)));
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Long getLastAccountId() {
    return lastAccountId;
  }

  public String getChangedBy() {
    return changedBy;
  }
}
