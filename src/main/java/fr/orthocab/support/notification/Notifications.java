package fr.orthocab.support.notification;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.ticket.Ticket;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Entry point for what needs a member of the team: told (in the caller's transaction), counted,
 * listed and marked read, each member only ever reaching their own.
 */
@Stateless
public class Notifications {
  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private NotificationMails mails;

  /**
   * Tells that member, unless they can no longer log in; by mail too if they chose so, except for
   * the delay's warnings and breaches, which the SLA's own alerts already mail them.
   */
  public void tell(Account recipient, NotificationKind kind, Ticket ticket, String actor) {
    if (!recipient.isEnabled() || !recipient.getRole().isStaff()) {
      return;
    }
    AgentNotification notification =
        new AgentNotification(recipient, kind, ticket, actor, clock.instant());
    em.persist(notification);
    if (kind != NotificationKind.SLA_WARNING
        && kind != NotificationKind.SLA_BREACHED
        && byMail(recipient.getId())) {
      mails.send(notification);
    }
  }

  public long unreadCount(long accountId) {
    return em.createQuery(
            "select count(n) from AgentNotification n"
                + " where n.recipient.id = :account and n.readAt is null",
            Long.class)
        .setParameter("account", accountId)
        .getSingleResult();
  }

  /** The member's latest notifications, unread and read, newest first, with their tickets. */
  public List<AgentNotification> latest(long accountId, int max) {
    return em.createQuery(
            "select n from AgentNotification n join fetch n.ticket"
                + " where n.recipient.id = :account order by n.createdAt desc, n.id desc",
            AgentNotification.class)
        .setParameter("account", accountId)
        .setMaxResults(max)
        .getResultList();
  }

  /** Marks one of the member's own notifications read; another's is left alone. */
  public void markRead(long accountId, long notificationId) {
    AgentNotification notification = em.find(AgentNotification.class, notificationId);
    if (notification != null && notification.getRecipient().getId() == accountId) {
      notification.markRead(clock.instant());
    }
  }

  public int markAllRead(long accountId) {
    return em.createQuery(
            "update AgentNotification n set n.readAt = :now"
                + " where n.recipient.id = :account and n.readAt is null")
        .setParameter("now", clock.instant())
        .setParameter("account", accountId)
        .executeUpdate();
  }

  /** The member opened that request: what it told them about it is read. */
  public int readTicket(long accountId, long ticketId) {
    return em.createQuery(
            "update AgentNotification n set n.readAt = :now"
                + " where n.recipient.id = :account and n.ticket.id = :ticket and n.readAt is null")
        .setParameter("now", clock.instant())
        .setParameter("account", accountId)
        .setParameter("ticket", ticketId)
        .executeUpdate();
  }

  public boolean byMail(long accountId) {
    NotificationPreference preference = em.find(NotificationPreference.class, accountId);
    return preference != null && preference.isByMail();
  }

  public void chooseMail(long accountId, boolean mail) {
    NotificationPreference preference = em.find(NotificationPreference.class, accountId);
    if (preference == null) {
      em.persist(new NotificationPreference(accountId, mail));
    } else {
      preference.choose(mail);
    }
  }
}
