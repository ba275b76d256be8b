package fr.orthocab.support.outbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Entry point for notifications: written in the caller's transaction, read by supervisors. */
@Stateless
public class Outbox {
  @PersistenceContext private EntityManager em;

  /**
   * Keeps the notification with the caller's transaction: it exists if and only if that commits.
   */
  public OutboxMessage add(OutboxMessage message) {
    em.persist(message);
    return message;
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
