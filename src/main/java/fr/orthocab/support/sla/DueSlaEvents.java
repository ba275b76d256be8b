package fr.orthocab.support.sla;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.ticket.Ticket;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Records the warnings and breaches that have come due, each exactly once across the cluster and
 * again after a crash. A batch claims its clocks with one conditional update ({@code next_due_at}
 * has come) in its own transaction, records their events and notifications, and moves {@code
 * next_due_at} on before it commits: a second node's update waits for the row, then finds it no
 * longer due and claims nothing; a crash rolls the claim back with the rest, and the next sweep
 * claims it again. Reads only due rows (index on {@code next_due_at}), so its cost follows the
 * number of due tickets, not of open ones.
 */
@Stateless
public class DueSlaEvents {
  static final int BATCH = 500;
  private static final int MAX_BATCHES = 200;

  @PersistenceContext private EntityManager em;
  @Inject private SlaAlerts alerts;
  @Resource private SessionContext context;

  /** Records everything due at {@code now}, batch after batch; answers how many events. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int recordAt(Instant now) {
    DueSlaEvents self = context.getBusinessObject(DueSlaEvents.class);
    int recorded = 0;
    for (int batch = 0; batch < MAX_BATCHES; batch++) {
      BatchResult result = self.recordBatch(now);
      recorded += result.events();
      if (result.clocks() < BATCH) {
        break;
      }
    }
    return recorded;
  }

  /** One batch, in its own transaction. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public BatchResult recordBatch(Instant now) {
    // The clocks' updates change different columns by kind of event; ordered by id (the default)
    // they alternate and JDBC batch writing sends almost one statement a row.
    em.setProperty("eclipselink.persistence-context.commit-order", "Changes");
    String token = UUID.randomUUID().toString();
    OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    int claimed =
        em.createNativeQuery(
                "update sla_clock set claim_token = ?1 where next_due_at <= ?2 and ticket_id in"
                    + " (select d.ticket_id from sla_clock d where d.next_due_at <= ?2"
                    + " order by d.next_due_at fetch first "
                    + BATCH
                    + " rows only)")
            .setParameter(1, token)
            .setParameter(2, at)
            .executeUpdate();
    if (claimed == 0) {
      return new BatchResult(0, 0);
    }
    List<SlaClock> clocks =
        em.createQuery(
                // claim_token has no index: next_due_at (still as claimed) keeps to the due rows
                "select c from SlaClock c where c.claimToken = :token and c.nextDueAt <= :now",
                SlaClock.class)
            .setParameter("token", token)
            .setParameter("now", now)
            .getResultList();
    Map<Long, Ticket> tickets =
        em
            .createQuery(
                "select t from Ticket t left join fetch t.assignee left join fetch t.customer"
                    + " where t.id in :ids",
                Ticket.class)
            .setParameter("ids", clocks.stream().map(SlaClock::getTicketId).toList())
            .getResultList()
            .stream()
            .collect(Collectors.toMap(Ticket::getId, Function.identity()));
    List<Account> supervisors = null;
    int events = 0;
    for (SlaClock clock : clocks) {
      for (SlaEventKind kind : clock.dueAt(now)) {
        SlaEvent event = clock.record(kind, now);
        em.persist(event);
        events++;
        if (kind == SlaEventKind.DEADLINE_BREACHED && supervisors == null) {
          supervisors = alerts.supervisors();
        }
        alerts.tell(event, clock, tickets.get(clock.getTicketId()), supervisors, now);
      }
      clock.releaseClaim();
    }
    return new BatchResult(clocks.size(), events);
  }

  /** How many clocks a batch claimed and how many events it recorded. */
  public record BatchResult(int clocks, int events) {}
}
