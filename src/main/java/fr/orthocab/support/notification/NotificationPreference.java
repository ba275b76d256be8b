package fr.orthocab.support.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A member's choice to be told by mail too; without one, only on their screens. */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @Column(name = "account_id")
  private Long accountId;

  @Column(name = "by_mail", nullable = false)
  private boolean byMail;

  protected NotificationPreference() {}

  public NotificationPreference(long accountId, boolean byMail) {
    this.accountId = accountId;
    this.byMail = byMail;
  }

  void choose(boolean mail) {
    byMail = mail;
  }

  public Long getAccountId() {
    return accountId;
  }

  public boolean isByMail() {
    return byMail;
  }
}
