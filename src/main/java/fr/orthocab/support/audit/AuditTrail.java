package fr.orthocab.support.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Entry point of the audit trail: records an entry in the caller's transaction (the change and its
 * entry are written together or not at all), and reads the trail newest first, a page at a time
 * from a cursor: each page is one index range scan, whatever the size of the table.
 */
@Stateless
public class AuditTrail {
  /** The most entries a page holds, whatever is asked. */
  public static final int MAX_PAGE_SIZE = 100;

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  public void record(@NotNull AuditEvent event) {
    em.persist(new AuditEntry(event, clock.instant()));
  }

  /**
   * The entries the filter keeps, newest first, strictly older than the cursor if one is given; at
   * most {@code size} of them (capped at {@link #MAX_PAGE_SIZE}).
   */
  public AuditPage page(@NotNull AuditFilter filter, AuditCursor before, int size) {
    int limit = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
    StringBuilder jpql = new StringBuilder("select e from AuditEntry e where 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    where(jpql, parameters, "e.occurredAt >= :since", "since", filter.since());
    where(jpql, parameters, "e.occurredAt < :until", "until", filter.until());
    where(jpql, parameters, "e.actorAccountId = :account", "account", filter.actorAccountId());
    where(
        jpql,
        parameters,
        "lower(e.actor) like :actor escape '!'",
        "actor",
        filter.actorText() == null ? null : "%" + likeText(filter.actorText()) + "%");
    where(jpql, parameters, "e.action = :action", "action", filter.action());
    where(jpql, parameters, "e.ticketId = :ticket", "ticket", filter.ticketId());
    where(jpql, parameters, "e.customerId = :customer", "customer", filter.customerId());
    if (before != null) {
      jpql.append(
          " and (e.occurredAt < :beforeAt or (e.occurredAt = :beforeAt and e.id < :beforeId))");
      parameters.put("beforeAt", before.occurredAt());
      parameters.put("beforeId", before.id());
    }
    jpql.append(" order by e.occurredAt desc, e.id desc");
    TypedQuery<AuditEntry> query = em.createQuery(jpql.toString(), AuditEntry.class);
    parameters.forEach(query::setParameter);
    List<AuditEntry> found = new ArrayList<>(query.setMaxResults(limit + 1).getResultList());
    Optional<AuditCursor> next = Optional.empty();
    if (found.size() > limit) {
      found = found.subList(0, limit);
      next = Optional.of(AuditCursor.after(found.get(limit - 1)));
    }
    return new AuditPage(found, next);
  }

  /** The latest entries about a ticket, newest first, for its page. */
  public List<AuditEntry> latestOfTicket(long ticketId, int size) {
    return page(AuditFilter.ofTicket(ticketId), null, size).entries();
  }

  /** The latest entries about a customer, newest first, for their page. */
  public List<AuditEntry> latestOfCustomer(long customerId, int size) {
    return page(AuditFilter.ofCustomer(customerId), null, size).entries();
  }

  private static void where(
      StringBuilder jpql,
      Map<String, Object> parameters,
      String clause,
      String name,
      Object value) {
    if (value != null) {
      jpql.append(" and ").append(clause);
      parameters.put(name, value);
    }
  }

  /** The text, lower-cased, its LIKE wildcards taken literally. */
  private static String likeText(String text) {
    return text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
