package fr.orthocab.support.presence;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Entry point for presence on requests: an agent's page says it is there (every few seconds), and
 * hears who else is; a page that stops saying so is gone after {@link #GONE_AFTER}.
 */
@Stateless
public class Presences {
  /** A page that has not spoken for this long is closed (it speaks every 5 s). */
  public static final Duration GONE_AFTER = Duration.ofSeconds(20);

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /** That agent is on the request, writing or not; answers the others there now, by name. */
  public List<Colleague> here(long ticketId, long accountId, boolean typing) {
    Instant now = clock.instant();
    int updated =
        em.createQuery(
                "update TicketPresence p set p.typing = :typing, p.seenAt = :now"
                    + " where p.ticketId = :ticket and p.accountId = :account")
            .setParameter("typing", typing)
            .setParameter("now", now)
            .setParameter("ticket", ticketId)
            .setParameter("account", accountId)
            .executeUpdate();
    if (updated == 0) {
      em.persist(new TicketPresence(ticketId, accountId, typing, now));
    }
    return others(ticketId, accountId);
  }

  /** The other agents on the request now, by name. */
  public List<Colleague> others(long ticketId, long accountId) {
    return em.createQuery(
            "select new fr.orthocab.support.presence.Colleague(a.displayName, p.typing)"
                + " from TicketPresence p, Account a where a.id = p.accountId"
                + " and p.ticketId = :ticket and p.accountId <> :account and p.seenAt > :since"
                + " order by a.displayName",
            Colleague.class)
        .setParameter("ticket", ticketId)
        .setParameter("account", accountId)
        .setParameter("since", clock.instant().minus(GONE_AFTER))
        .getResultList();
  }

  /** The agent left the request's page. */
  public void left(long ticketId, long accountId) {
    em.createQuery(
            "delete from TicketPresence p where p.ticketId = :ticket and p.accountId = :account")
        .setParameter("ticket", ticketId)
        .setParameter("account", accountId)
        .executeUpdate();
  }

  /** Forgets pages long gone; any node may run it, twice changes nothing. */
  public int forgetGone() {
    return em.createQuery("delete from TicketPresence p where p.seenAt < :old")
        .setParameter("old", clock.instant().minus(GONE_AFTER.multipliedBy(30)))
        .executeUpdate();
  }
}
