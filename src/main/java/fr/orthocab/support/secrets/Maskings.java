package fr.orthocab.support.secrets;

import fr.orthocab.support.customer.Language;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Entry point of the secrets masked on arrival: records how many of each kind a text held, and
 * whether its customer is to be told (once) never to send them. Masking itself is {@link
 * SecretMasking}'s, pure, called by each channel's entry point before it stores anything.
 */
@Stateless
public class Maskings {
  private static final String BUNDLE = "fr.orthocab.support.secrets.notices";

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private SecretWarnings warnings;

  /**
   * Records what was masked in a request or message, on that ticket of that customer (either may be
   * unknown); answers whether that customer is to be told now: the first time only.
   */
  public boolean record(
      @NotNull Masked masked, @NotNull String channel, Long ticketId, Long customerId) {
    if (!masked.any()) {
      return false;
    }
    Instant now = clock.instant();
    masked
        .counts()
        .forEach(
            (kind, n) -> em.persist(new MaskingEvent(kind, channel, n, ticketId, customerId, now)));
    return customerId != null && warnings.claim(customerId, now);
  }

  /** How many secrets of each kind were masked since the desk began masking them. */
  public Map<SecretKind, Long> countsByKind() {
    Map<SecretKind, Long> counts = new EnumMap<>(SecretKind.class);
    for (SecretKind kind : SecretKind.values()) {
      counts.put(kind, 0L);
    }
    em.createQuery(
            "select e.kind, sum(e.occurrences) from MaskingEvent e group by e.kind", Object[].class)
        .getResultList()
        .forEach(row -> counts.put((SecretKind) row[0], ((Number) row[1]).longValue()));
    return counts;
  }

  /** What the customer is told, kindly, in their language: what was masked, and never again. */
  public static String notice(Language language) {
    return ResourceBundle.getBundle(BUNDLE, language.locale()).getString("masked");
  }
}
