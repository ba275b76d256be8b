package fr.orthocab.support.mail.outbox;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The copies of mails sent, which quote requests and answers, follow the content of requests: sent
 * before the content period, their subject and body are replaced by a marker; the row (recipient,
 * topic, ticket, when, Message-ID) stays as the record that the mail left.
 */
@Stateless
public class SentCopyRetention {
  @PersistenceContext private EntityManager em;

  /**
   * Replaces the subject and body of at most {@code max} mails sent before {@code cutoff}, in a
   * transaction of its own; answers how many.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int purgeSentBefore(Instant cutoff, String marker, int max) {
    return em.createNativeQuery(
            "update outbox_message set subject = ?, body = ? where id in (select id"
                + " from outbox_message where status = ? and sent_at < ? and body <> ?"
                + " order by id limit ?)")
        .setParameter(1, marker)
        .setParameter(2, marker)
        .setParameter(3, OutboxStatus.SENT.name())
        .setParameter(4, utc(cutoff))
        .setParameter(5, marker)
        .setParameter(6, max)
        .executeUpdate();
  }

  private static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }
}
