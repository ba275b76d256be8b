package fr.orthocab.support.ticket;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;

/** The messages of tickets, as customers and agents read them: a thread, a request's own text. */
@Stateless
public class TicketThreads {
  @PersistenceContext private EntityManager em;

  /** What the customer sees of the thread: public messages only. */
  public List<Message> publicThread(long ticketId) {
    return em.createQuery(
            "select m from Message m where m.ticket.id = :ticket and m.visibility = :public"
                + " order by m.createdAt, m.id",
            Message.class)
        .setParameter("ticket", ticketId)
        .setParameter("public", Visibility.PUBLIC)
        .getResultList();
  }

  /** What agents see: every message, internal notes included. */
  public List<Message> fullThread(long ticketId) {
    return em.createQuery(
            "select m from Message m where m.ticket.id = :ticket order by m.createdAt, m.id",
            Message.class)
        .setParameter("ticket", ticketId)
        .getResultList();
  }

  /** The request's own text: the first customer message of the thread. */
  public Message request(long ticketId) {
    return em.createQuery(
            "select m from Message m where m.ticket.id = :ticket and m.authorKind = :customer"
                + " order by m.createdAt, m.id",
            Message.class)
        .setParameter("ticket", ticketId)
        .setParameter("customer", AuthorKind.CUSTOMER)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new TicketNotFound(ticketId));
  }

  /** The whole threads of several tickets at once (a page of a list), each in its order. */
  public List<Message> threadsOf(Collection<Long> ticketIds) {
    if (ticketIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select m from Message m where m.ticket.id in :tickets order by m.createdAt, m.id",
            Message.class)
        .setParameter("tickets", ticketIds)
        .getResultList();
  }
}
