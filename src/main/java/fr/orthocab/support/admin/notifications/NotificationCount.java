package fr.orthocab.support.admin.notifications;

import fr.orthocab.support.notification.Notifications;
import fr.orthocab.support.web.CurrentAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The unread count in the header of the agents' pages, counted once a request. */
@Named
@RequestScoped
public class NotificationCount {
  @Inject private Notifications notifications;
  @Inject private CurrentAccount me;

  private Long unread;

  public long getUnread() {
    if (unread == null) {
      unread = me.get().map(a -> notifications.unreadCount(a.getId())).orElse(0L);
    }
    return unread;
  }

  /** "9+" past nine, so that the badge keeps its size. */
  public String getShown() {
    long count = getUnread();
    return count > 9 ? "9+" : Long.toString(count);
  }
}
