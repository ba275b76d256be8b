package fr.orthocab.support.queueview;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** The queue's view a member of the team opened last ({@link ViewKey}), one row per member. */
@Entity
@Table(name = "queue_last_view")
public class LastView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @Column(name = "account_id")
  private Long accountId;

  @Column(name = "view_key", nullable = false, length = 40)
  private String viewKey;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  protected LastView() {}

  LastView(long accountId, String viewKey, Instant openedAt) {
    this.accountId = accountId;
    open(viewKey, openedAt);
  }

  void open(String key, Instant at) {
    if (!ViewKey.isWellFormed(key)) {
      throw new IllegalArgumentException("Not a view: " + key);
    }
    viewKey = key;
    openedAt = Objects.requireNonNull(at, "at");
  }

  public Long getAccountId() {
    return accountId;
  }

  public String getViewKey() {
    return viewKey;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }
}
