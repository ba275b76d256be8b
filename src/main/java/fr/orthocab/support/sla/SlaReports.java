package fr.orthocab.support.sla;

import fr.orthocab.support.platform.ClockProducer;
import fr.orthocab.support.sla.report.BreachedTicket;
import fr.orthocab.support.sla.report.ReplyFact;
import fr.orthocab.support.sla.report.ReplyStatistics;
import fr.orthocab.support.sla.report.ReportPeriod;
import fr.orthocab.support.sla.report.SlaReport;
import fr.orthocab.support.subscription.Pack;
import fr.orthocab.support.ticket.Ticket;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The supervisors' SLA reports (DELAY-AIM, DELAY-MAX). A reply counts for the pack of the SLA
 * policy it was measured against, as recorded on its event: a pack without a policy of its own
 * counts under the default policy. The database only selects rows; weeks, shares and percentiles
 * are computed in {@link ReplyStatistics}, so that H2 and PostgreSQL agree.
 */
@Stateless
@RolesAllowed("SUPERVISOR")
public class SlaReports {
  /** The pack filter that selects the replies measured against the default policy. */
  public static final String DEFAULT_POLICY = "-";

  static final int MAX_BREACHED = 500;

  @PersistenceContext private EntityManager em;

  /**
   * Shares within objective and deadline by pack and week, and times to first reply by pack.
   *
   * @param pack a pack code, {@link #DEFAULT_POLICY}, or null for every pack
   */
  public SlaReport report(@NotNull ReportPeriod period, String pack) {
    List<ReplyFact> replies = replies(period, pack);
    return new SlaReport(
        period,
        pack,
        replies.size(),
        ReplyStatistics.weeklyShares(replies, ClockProducer.PARIS),
        ReplyStatistics.firstReplyTimes(replies));
  }

  /** The replies (SATISFIED events) that happened in the period, in Paris days. */
  List<ReplyFact> replies(ReportPeriod period, String pack) {
    String jpql =
        "select e, k.code from SlaEvent e join e.policy p left join p.pack k"
            + " where e.kind = :kind and e.occurredAt >= :start and e.occurredAt < :end"
            + packCondition(pack);
    TypedQuery<Object[]> query =
        em.createQuery(jpql, Object[].class)
            .setParameter("kind", SlaEventKind.SATISFIED)
            .setParameter("start", period.start(ClockProducer.PARIS))
            .setParameter("end", period.end(ClockProducer.PARIS));
    return withPack(query, pack).getResultList().stream()
        .map(
            row -> {
              SlaEvent e = (SlaEvent) row[0];
              return new ReplyFact(
                  (String) row[1],
                  // the request whose clock it ended: its cycle is that request's, merged or not
                  e.getOriginTicketId(),
                  e.getCycle(),
                  e.getOccurredAt(),
                  e.withinObjective(),
                  e.withinDeadline(),
                  e.getOpeningSeconds());
            })
        .toList();
  }

  /** Tickets whose running clock passed its deadline, the longest overdue first. */
  public List<BreachedTicket> breachedNow(String pack) {
    List<Object[]> rows =
        withPack(
                em.createQuery(
                    "select c, k.code from SlaClock c join c.policy p left join p.pack k"
                        + " where c.deadlineBreachedAt is not null and c.lastOutcome is null"
                        + packCondition(pack)
                        + " order by c.deadlineDueAt, c.ticketId",
                    Object[].class),
                pack)
            .setMaxResults(MAX_BREACHED)
            .getResultList();
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<Long, Ticket> tickets =
        em
            .createQuery(
                "select t from Ticket t left join fetch t.customer where t.id in :ids",
                Ticket.class)
            .setParameter(
                "ids", rows.stream().map(row -> ((SlaClock) row[0]).getTicketId()).toList())
            .getResultList()
            .stream()
            .collect(Collectors.toMap(Ticket::getId, Function.identity()));
    return rows.stream()
        .map(
            row -> {
              SlaClock clock = (SlaClock) row[0];
              Ticket ticket = tickets.get(clock.getTicketId());
              return new BreachedTicket(
                  ticket.getId(),
                  ticket.getReference(),
                  ticket.getSubject(),
                  ticket.getRequesterName(),
                  (String) row[1],
                  clock.getDeadlineDueAt());
            })
        .toList();
  }

  /** Every pack, by code, for the report's filter. */
  public List<Pack> packs() {
    return em.createQuery("select p from Pack p order by p.code", Pack.class).getResultList();
  }

  private static String packCondition(String pack) {
    if (pack == null) {
      return "";
    }
    return DEFAULT_POLICY.equals(pack) ? " and p.pack is null" : " and k.code = :pack";
  }

  private static <T> TypedQuery<T> withPack(TypedQuery<T> query, String pack) {
    return pack == null || DEFAULT_POLICY.equals(pack) ? query : query.setParameter("pack", pack);
  }
}
