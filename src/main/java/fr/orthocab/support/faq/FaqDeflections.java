package fr.orthocab.support.faq;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * What the FAQ saves the team: new-request forms where articles were suggested, and requests a
 * suggested article answered before they were sent (the deflection rate).
 */
@Stateless
public class FaqDeflections {
  public static final Duration RATE_PERIOD = Duration.ofDays(30);

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /** A form showed the customer suggestions (the page records it once per form). */
  public void suggested(long customerId) {
    em.persist(new FaqSuggestion(customerId, clock.instant()));
  }

  /** The customer said the article answered their question; no request is sent. */
  public void deflected(long articleId, long customerId) {
    em.persist(new FaqDeflection(articleId, customerId, clock.instant()));
  }

  /** Deflections over forms with suggestions, over the last 30 days. */
  public DeflectionRate lastThirtyDays() {
    Instant since = clock.instant().minus(RATE_PERIOD);
    long shown =
        em.createQuery("select count(s) from FaqSuggestion s where s.shownAt >= :since", Long.class)
            .setParameter("since", since)
            .getSingleResult();
    long deflected =
        em.createQuery(
                "select count(d) from FaqDeflection d where d.deflectedAt >= :since", Long.class)
            .setParameter("since", since)
            .getSingleResult();
    return new DeflectionRate(deflected, shown);
  }

  /** How many forms with suggestions ended with "this answered my question". */
  public record DeflectionRate(long deflected, long shown) implements java.io.Serializable {
    /** The share in per cent, rounded; none when no form showed a suggestion. */
    public Long percent() {
      return shown == 0 ? null : Math.round(100.0 * Math.min(deflected, shown) / shown);
    }
  }
}
