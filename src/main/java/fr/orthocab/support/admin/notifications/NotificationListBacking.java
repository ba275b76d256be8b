package fr.orthocab.support.admin.notifications;

import fr.orthocab.support.notification.AgentNotification;
import fr.orthocab.support.notification.Notifications;
import fr.orthocab.support.web.CurrentAccount;
import fr.orthocab.support.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** A member's notifications: the latest ones, marked read one by one or all at once. */
@Named
@ViewScoped
public class NotificationListBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int SHOWN = 100;

  @Inject private Notifications notifications;
  @Inject private CurrentAccount me;

  private transient List<AgentNotification> latest;
  private Boolean byMail;

  public List<AgentNotification> getLatest() {
    if (latest == null) {
      latest = notifications.latest(me.required().getId(), SHOWN);
    }
    return latest;
  }

  public void markRead(long id) {
    notifications.markRead(me.required().getId(), id);
    latest = null;
  }

  public void markAllRead() {
    int read = notifications.markAllRead(me.required().getId());
    Pages.info("admin_notifications_list.allRead", read);
    latest = null;
  }

  public boolean isByMail() {
    if (byMail == null) {
      byMail = notifications.byMail(me.required().getId());
    }
    return byMail;
  }

  public void setByMail(boolean byMail) {
    this.byMail = byMail;
  }

  public void saveByMail() {
    notifications.chooseMail(me.required().getId(), isByMail());
    Pages.info(byMail ? "admin_notifications_list.mailOn" : "admin_notifications_list.mailOff");
  }
}
