package fr.orthocab.support.attachment;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Files on messages kept past the retention period lose their bytes and thumbnail; the row stays,
 * with the name, type, size and hash, so the thread still says a file was there ("fichier
 * supprimé") and the mail that carried it is still explained.
 */
@Stateless
public class FileRetention {
  @PersistenceContext private EntityManager em;

  /**
   * Destroys the bytes of at most {@code max} files attached before {@code cutoff}, in a
   * transaction of its own; answers how many.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int purgeAttachedBefore(Instant cutoff, Instant now, int max) {
    return em.createNativeQuery(
            "update message_file set content = ?, thumbnail = null, pictured = false,"
                + " purged_at = ? where purged_at is null and id in (select id from message_file"
                + " where purged_at is null and created_at < ? order by id limit ?)")
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
