package fr.orthocab.support.ticket;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;

/**
 * The agents' queue, filtered, sorted and paged in the database. The sort by due instant joins the
 * running reply clock of the SLA capability ({@code sla.SlaClock}, by name: the SLA capability
 * builds on tickets, not the reverse), whose objective is the ticket's nearest due instant.
 */
@Stateless
public class TicketQueue {
  @PersistenceContext private EntityManager em;

  public List<Ticket> page(
      QueueFilter filter, QueueOrder order, boolean ascending, int first, int size) {
    TypedQuery<Ticket> query =
        em.createQuery(
            "select t from Ticket t left join fetch t.customer c left join fetch t.assignee"
                + " left join SlaClock s on s.ticketId = t.id and s.lastOutcome is null"
                + where(filter)
                + " order by "
                + order.orderBy(ascending),
            Ticket.class);
    bind(query, filter);
    return query.setFirstResult(first).setMaxResults(size).getResultList();
  }

  public int count(QueueFilter filter) {
    TypedQuery<Long> query =
        em.createQuery("select count(t) from Ticket t" + where(filter), Long.class);
    bind(query, filter);
    return Math.toIntExact(query.getSingleResult());
  }

  private static String where(QueueFilter filter) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    if (!filter.statuses().isEmpty()) {
      where.append(" and t.status in :statuses");
    }
    if (filter.category() != null) {
      where.append(" and t.category = :category");
    }
    if (filter.sla() != null) {
      where.append(" and ").append(filter.sla().condition());
    }
    return where.toString();
  }

  private static void bind(TypedQuery<?> query, QueueFilter filter) {
    if (!filter.statuses().isEmpty()) {
      query.setParameter("statuses", filter.statuses());
    }
    if (filter.category() != null) {
      query.setParameter("category", filter.category());
    }
  }
}
