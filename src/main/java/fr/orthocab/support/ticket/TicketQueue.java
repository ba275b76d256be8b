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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The agents' queue, filtered, sorted and paged in the database. The sort by due instant reads the
 * ticket's copy of its running reply clock's objective ({@link Ticket#getReplyDueAt}); the SLA
 * alerts, the pack and the flag filters read the SLA's, subscription's and screening's entities by
 * name (they build on tickets, not the reverse). Words are matched against the tickets' search
 * documents ({@link WordMatch}).
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

  /** A page's tickets with what the queue shows of them. */
  private static final String SHOWN =
      "select t from Ticket t left join fetch t.customer c left join fetch t.assignee a";

  /**
   * What a filter finds, read once for a page and its count: with words, the ids of the newest
   * matches (at most {@link #MOST_MATCHES}, most of a search's work in the database), best match
   * first; without words, nothing yet.
   */
  public record Found(QueueFilter filter, WordMatch words, List<Long> matches) {}

  public Found find(QueueFilter filter) {
    WordMatch words = words(filter);
    return new Found(filter, words, words == null ? null : bestMatches(filter, words));
  }

  public List<Ticket> page(
      QueueFilter filter, QueueOrder order, boolean ascending, int first, int size) {
    return page(find(filter), order, ascending, first, size);
  }

  public List<Ticket> page(Found found, QueueOrder order, boolean ascending, int first, int size) {
    if (found.words() == null) {
      TypedQuery<Ticket> query =
          em.createQuery(
              SHOWN + where(found.filter(), null) + " order by " + order.orderBy(ascending),
              Ticket.class);
      bind(query, found.filter(), null);
      return query.setFirstResult(first).setMaxResults(size).getResultList();
    }
    if (order == QueueOrder.RELEVANCE) {
      return bestFirst(found.matches(), first, size);
    }
    if (found.matches().isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            SHOWN + " where t.id in :matches order by " + order.orderBy(ascending), Ticket.class)
        .setParameter("matches", found.matches())
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  /** The page of the matches in their order, best first. */
  private List<Ticket> bestFirst(List<Long> ranked, int first, int size) {
    List<Long> ids =
        ranked.subList(Math.min(first, ranked.size()), Math.min(first + size, ranked.size()));
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, Ticket> byId =
        em.createQuery(SHOWN + " where t.id in :ids", Ticket.class)
            .setParameter("ids", ids)
            .getResultStream()
            .collect(Collectors.toMap(Ticket::getId, t -> t, (a, b) -> a));
    return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
  }

  /** How many tickets the filter finds; with words, at most {@link #MOST_MATCHES}. */
  public int count(QueueFilter filter) {
    return count(find(filter));
  }

  public int count(Found found) {
    if (found.words() != null) {
      return found.matches().size();
    }
    TypedQuery<Long> query =
        em.createQuery(
            "select count(t) from Ticket t" + joins(found.filter()) + where(found.filter(), null),
            Long.class);
    bind(query, found.filter(), null);
    return Math.toIntExact(query.getSingleResult());
  }

  /**
   * The ids of the newest tickets the words and the filter find, at most {@link #MOST_MATCHES},
   * best match first (newest first among equals). Each is ranked as it is read, while its terms are
   * at hand: ranking them again for the page read every document a second time (about 20 ms a
   * search at 1,000,000 tickets, BENCHMARKS.md).
   */
  private List<Long> bestMatches(QueueFilter filter, WordMatch words) {
    TypedQuery<Object[]> query =
        em.createQuery(
            "select t.id, "
                + words.rank("d")
                + " from Ticket t join SearchDocument d on d.ticket = t"
                + joins(filter)
                + where(filter, words)
                + " order by t.id desc",
            Object[].class);
    bind(query, filter, words);
    List<Object[]> rows = query.setMaxResults(MOST_MATCHES).getResultList();
    return rows.stream()
        .sorted(
            Comparator.comparingDouble((Object[] row) -> ((Number) row[1]).doubleValue())
                .reversed()
                .thenComparing(row -> ((Number) row[0]).longValue(), Comparator.reverseOrder()))
        .map(row -> ((Number) row[0]).longValue())
        .toList();
  }

  /**
   * The customer and the assignee, joined only when a filter reads them: PostgreSQL drops an unused
   * outer join, but only after choosing how to read the tickets, and the join's columns then keep
   * it from counting from an index alone (50,000 open tickets among 1,000,000: 170 ms instead of 5
   * ms, BENCHMARKS.md).
   */
  private static String joins(QueueFilter filter) {
    return (filter.requesterEmail() != null || filter.packCode() != null
            ? " left join t.customer c"
            : "")
        + (filter.assignee() != null && !filter.assignee().nobodys()
            ? " left join t.assignee a"
            : "");
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
          filter.assignee().nobodys() ? " and t.assignee is null" : " and a.emailKey = :assignee");
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
