package fr.orthocab.support.satisfaction;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;

/** The ratings of requests resolved in a period, for the supervisors' report. */
@Stateless
public class SatisfactionReports {
  @PersistenceContext private EntityManager em;

  /**
   * @param pack a pack code, or null for all
   */
  public SatisfactionFigures between(Instant from, Instant to, String pack) {
    TypedQuery<SatisfactionRating> query =
        em.createQuery(
            "select r from SatisfactionRating r join fetch r.ticket left join fetch r.agent"
                + " where r.resolvedAt >= :from and r.resolvedAt < :to"
                + (pack == null ? "" : " and r.packCode = :pack")
                + " order by r.ratedAt desc",
            SatisfactionRating.class);
    query.setParameter("from", from).setParameter("to", to);
    if (pack != null) {
      query.setParameter("pack", pack);
    }
    return new SatisfactionFigures(query.getResultList());
  }
}
