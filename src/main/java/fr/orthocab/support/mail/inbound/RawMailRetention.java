package fr.orthocab.support.mail.inbound;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The raw mails kept for agents, and the files they carried, forgotten after their retention
 * periods: a mail keeps its record (Message-ID, sender, subject, when, outcome, the ticket and
 * message it became) and loses its original headers and texts; a mailed file keeps its row and name
 * and loses its bytes.
 */
@Stateless
public class RawMailRetention {
  @PersistenceContext private EntityManager em;

  /**
   * Forgets the original headers and texts of at most {@code max} mails received before {@code
   * cutoff}, in a transaction of its own; answers how many.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int purgeReceivedBefore(Instant cutoff, int max) {
    return em.createNativeQuery(
            "update inbound_mail set original_headers = null, original_text = null,"
                + " stored_text = null where id in (select id from inbound_mail"
                + " where received_at < ? and (original_headers is not null"
                + " or original_text is not null or stored_text is not null) order by id limit ?)")
        .setParameter(1, utc(cutoff))
        .setParameter(2, max)
        .executeUpdate();
  }

  /**
   * Destroys the bytes of at most {@code max} files of mails received before {@code cutoff}, in a
   * transaction of its own; answers how many.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int purgeFilesReceivedBefore(Instant cutoff, Instant now, int max) {
    return em.createNativeQuery(
            "update inbound_attachment set content = ?, thumbnail = null, pictured = false,"
                + " purged_at = ? where purged_at is null and id in (select a.id"
                + " from inbound_attachment a join inbound_mail m on m.id = a.inbound_mail_id"
                + " where a.purged_at is null and m.received_at < ? order by a.id limit ?)")
        .setParameter(1, new byte[0])
        .setParameter(2, utc(now))
        .setParameter(3, utc(cutoff))
        .setParameter(4, max)
        .executeUpdate();
  }

  private static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }
}
