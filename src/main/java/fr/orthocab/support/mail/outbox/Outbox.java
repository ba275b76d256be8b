package fr.orthocab.support.mail.outbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Entry point for notifications: written in the caller's transaction, read by supervisors. */
@Stateless
public class Outbox {
  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "app.mail.message-id-domain", defaultValue = "desk.orthocab.fr")
  private String messageIdDomain;

  /**
   * Keeps the notification with the caller's transaction: it exists if and only if that commits. It
   * gets its Message-ID now, so that a reply to it finds its ticket.
   */
  public OutboxMessage add(OutboxMessage message) {
    message.identify(MessageIds.next(messageIdDomain));
    em.persist(message);
    return message;
  }

  /**
   * The tickets that the desk's mails with these Message-IDs were about, most recent mail first:
   * these ids are random (see {@link MessageIds}), so only who received such a mail can name them.
   */
  public List<Long> ticketsOfMessageIds(Collection<String> messageIds) {
    if (messageIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select m.ticketId, m.createdAt, m.id from OutboxMessage m"
                + " where m.messageId in :ids and m.ticketId is not null"
                + " order by m.createdAt desc, m.id desc",
            Object[].class)
        .setParameter("ids", messageIds)
        .setMaxResults(50)
        .getResultStream()
        .map(row -> (Long) row[0])
        .distinct()
        .toList();
  }

  /**
   * The Message-IDs of the desk's mails whose reply tokens (their random part, as in a Reply-To
   * {@code support+<token>@…}) these are.
   */
  public List<String> messageIdsOfTokens(Collection<String> tokens) {
    return tokens.stream().map(token -> "<" + token + "@" + messageIdDomain + ">").toList();
  }

  /** The latest notifications, newest first. */
  @RolesAllowed({"AGENT", "SUPERVISOR"})
  public List<OutboxMessage> latest(int max) {
    return em.createQuery(
            "select m from OutboxMessage m order by m.createdAt desc, m.id desc",
            OutboxMessage.class)
        .setMaxResults(max)
        .getResultList();
  }

  /** The latest notifications in that status (all when null), newest first. */
  @RolesAllowed({"AGENT", "SUPERVISOR"})
  public List<OutboxMessage> latest(OutboxStatus status, int max) {
    if (status == null) {
      return latest(max);
    }
    return em.createQuery(
            "select m from OutboxMessage m where m.status = :status"
                + " order by m.createdAt desc, m.id desc",
            OutboxMessage.class)
        .setParameter("status", status)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * Sends a notification again, now: a failed one gets a new round of attempts; a sent one is
   * copied as a new mail (its own Message-ID, in the same thread). Answers the row that will go.
   */
  @RolesAllowed({"AGENT", "SUPERVISOR"})
  public OutboxMessage resend(long id) {
    OutboxMessage message = em.find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (message == null) {
      throw new IllegalArgumentException("No notification " + id);
    }
    Instant now = clock.instant();
    return switch (message.getStatus()) {
      case FAILED -> {
        message.retryNow(now);
        yield message;
      }
      case SENT -> add(message.copyAt(now));
      case PENDING -> throw new IllegalStateException("Notification " + id + " is still to send");
    };
  }

  /** Notifications about one ticket, oldest first. */
  @RolesAllowed({"AGENT", "SUPERVISOR"})
  public List<OutboxMessage> about(long ticketId) {
    return em.createQuery(
            "select m from OutboxMessage m where m.ticketId = :ticket order by m.createdAt, m.id",
            OutboxMessage.class)
        .setParameter("ticket", ticketId)
        .getResultList();
  }
}
