package fr.orthocab.support.mail.inbound;

import fr.orthocab.support.platform.Clip;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** How often the desk failed to receive one mail of its mailbox, whatever node tried. */
@Entity
@Table(name = "inbound_failure")
public class InboundFailure implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int MAX_ERROR = 2000;

  @Id
  @Column(name = "message_id", length = 500)
  private String messageId;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "first_failed_at", nullable = false)
  private Instant firstFailedAt;

  @Column(name = "last_failed_at", nullable = false)
  private Instant lastFailedAt;

  @Column(name = "last_error", length = MAX_ERROR)
  private String lastError;

  protected InboundFailure() {}

  InboundFailure(String messageId, Instant at) {
    this.messageId = Objects.requireNonNull(messageId, "messageId");
    this.firstFailedAt = Objects.requireNonNull(at, "at");
    this.lastFailedAt = at;
  }

  /** One more failed attempt; answers how many there were. */
  int failedAgain(Instant at, String error) {
    attempts++;
    lastFailedAt = at;
    lastError = Clip.to(error, MAX_ERROR - 1);
    return attempts;
  }

  public String getMessageId() {
    return messageId;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getFirstFailedAt() {
    return firstFailedAt;
  }

  public Instant getLastFailedAt() {
    return lastFailedAt;
  }

  public String getLastError() {
    return lastError;
  }
}
