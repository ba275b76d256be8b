package fr.orthocab.support.ticket;

import fr.orthocab.support.customer.EmailKey;
import fr.orthocab.support.platform.ClockProducer;
import fr.orthocab.support.platform.DatabaseProduct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The agents' queue, filtered, sorted and paged in the database. The sort by due instant joins the
 * running reply clock of the SLA capability ({@code sla.SlaClock}, by name: the SLA capability
 * builds on tickets, not the reverse), whose objective is the ticket's nearest due instant; the
 * pack and flag filters read the subscription's and screening's entities by name for the same
 * reason. Words are matched against the tickets' search documents ({@link WordMatch}).
 */
@Stateless
public class TicketQueue {
  @PersistenceContext private EntityManager em;
  @Inject private DatabaseProduct database;
  @Inject private Clock clock;

  /**
   * With words, the most tickets a search reads: the newest that match, every filter applied, which
   * are then ranked and paged. A word found in most requests would otherwise have every one of them
   * ranked and counted (BENCHMARKS.md); search engines cap results alike.
   */
  public static final int MOST_MATCHES = 1000;

  public List<Ticket> page(
      QueueFilter filter, QueueOrder order, boolean ascending, int first, int size) {
    WordMatch words = words(filter);
    List<Long> matches = words == null ? null : matches(filter, words);
    if (matches != null && matches.isEmpty()) {
      return List.of();
    }
    String orderBy =
        order == QueueOrder.RELEVANCE && words != null
            ? words.rank("d") + " desc, t.id desc"
            : order.orderBy(ascending);
    TypedQuery<Ticket> query =
        em.createQuery(
            "select t from Ticket t"
                + (words == null ? "" : " join SearchDocument d on d.ticket = t")
                + " left join fetch t.customer c left join fetch t.assignee a"
                + " left join SlaClock s on s.ticketId = t.id and s.lastOutcome is null"
                + (words == null ? where(filter, null) : " where t.id in :matches")
                + " order by "
                + orderBy,
            Ticket.class);
    if (words == null) {
      bind(query, filter, null);
    } else {
      query.setParameter("matches", matches);
      if (order == QueueOrder.RELEVANCE) {
        words.bindRank(query);
      }
    }
    return query.setFirstResult(first).setMaxResults(size).getResultList();
  }

  /** How many tickets the filter finds; with words, at most {@link #MOST_MATCHES}. */
  public int count(QueueFilter filter) {
    WordMatch words = words(filter);
    if (words != null) {
      return matches(filter, words).size();
    }
    TypedQuery<Long> query =
        em.createQuery(
            "select count(t) from Ticket t left join t.customer c left join t.assignee a"
                + where(filter, null),
            Long.class);
    bind(query, filter, null);
    return Math.toIntExact(query.getSingleResult());
  }

  /** The ids of the newest tickets the words and the filter find, at most {@link #MOST_MATCHES}. */
  private List<Long> matches(QueueFilter filter, WordMatch words) {
    TypedQuery<Long> query =
        em.createQuery(
            "select t.id from Ticket t join SearchDocument d on d.ticket = t"
                + " left join t.customer c left join t.assignee a"
                + where(filter, words)
                + " order by t.id desc",
            Long.class);
    bind(query, filter, words);
    return query.setMaxResults(MOST_MATCHES).getResultList();
  }

  private WordMatch words(QueueFilter filter) {
    return filter.words() == null ? null : WordMatch.of(filter.words(), database.postgres());
  }

  private static String where(QueueFilter filter, WordMatch words) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    if (!filter.statuses().isEmpty()) {
      where.append(" and t.status in :statuses");
    }
    if (filter.category() != null) {
      where.append(" and t.category = :category");
    }
    if (words != null) {
      where.append(" and ").append(words.condition("d"));
    }
    if (filter.requesterEmail() != null) {
      where.append(" and (c.emailKey = :requester or lower(t.senderEmail) = :requester)");
    }
    if (filter.assignee() != null) {
      where.append(
          filter.assignee().nobodys() ? " and a.id is null" : " and a.emailKey = :assignee");
    }
    if (filter.packCode() != null) {
      where.append(
          " and exists (select p from Subscription p where p.customer = c"
              + " and p.pack.code = :pack and p.periodStart <= :today and p.periodEnd >= :today"
              + " and (p.cancelledAt is null or p.cancelledAt > :now))");
    }
    if (filter.flagKind() != null) {
      where.append(
          " and exists (select f from TicketFlag f where f.ticket = t and f.kind = :flagKind"
              + " and f.clearedAt is null)");
    }
    if (filter.receivedFrom() != null) {
      where.append(" and t.receivedAt >= :receivedFrom");
    }
    if (filter.receivedUntil() != null) {
      where.append(" and t.receivedAt < :receivedUntil");
    }
    if (filter.sla() != null) {
      where.append(" and ").append(filter.sla().condition());
    }
    return where.toString();
  }

  private void bind(TypedQuery<?> query, QueueFilter filter, WordMatch words) {
    if (!filter.statuses().isEmpty()) {
      query.setParameter("statuses", filter.statuses());
    }
    if (filter.category() != null) {
      query.setParameter("category", filter.category());
    }
    if (words != null) {
      words.bind(query);
    }
    if (filter.requesterEmail() != null) {
      query.setParameter("requester", EmailKey.of(filter.requesterEmail()));
    }
    if (filter.assignee() != null && !filter.assignee().nobodys()) {
      query.setParameter("assignee", EmailKey.of(filter.assignee().agentEmail()));
    }
    if (filter.packCode() != null) {
      Instant now = clock.instant();
      query.setParameter("pack", filter.packCode());
      query.setParameter("today", LocalDate.ofInstant(now, ClockProducer.PARIS));
      query.setParameter("now", now);
    }
    if (filter.flagKind() != null) {
      query.setParameter("flagKind", filter.flagKind());
    }
    if (filter.receivedFrom() != null) {
      query.setParameter("receivedFrom", filter.receivedFrom());
    }
    if (filter.receivedUntil() != null) {
      query.setParameter("receivedUntil", filter.receivedUntil());
    }
    if (filter.sla() != null && filter.sla().timed()) {
      Instant now = clock.instant();
      query.setParameter("slaNow", now);
      query.setParameter("slaSoon", now.plus(SlaAlert.SOON));
    }
  }
}
