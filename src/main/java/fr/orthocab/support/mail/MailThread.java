package fr.orthocab.support.mail;

import fr.orthocab.support.outbox.OutboxTopic;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;

/**
 * The Message-IDs of a ticket's mail thread as the desk knows it, oldest first: a new mail to the
 * requester answers the latest (In-Reply-To) and lists them all (References), so that the
 * customer's mail program shows one conversation. Only mails to the requester count, never the
 * agents' SLA alerts about the same ticket. Incoming mail adds the ids it recorded for the ticket
 * (the customer's own mails) to the same list.
 */
@Stateless
public class MailThread {
  private static final List<OutboxTopic> TO_REQUESTER =
      Arrays.stream(OutboxTopic.values()).filter(OutboxTopic::isToRequester).toList();

  @PersistenceContext private EntityManager em;

  /** The thread's Message-IDs, angle brackets included, oldest first. */
  public List<String> idsOf(long ticketId) {
    return em.createQuery(
            "select m.messageId from OutboxMessage m where m.ticketId = :ticket"
                + " and m.messageId is not null and m.topic in :topics"
                + " order by m.createdAt, m.id",
            String.class)
        .setParameter("ticket", ticketId)
        .setParameter("topics", TO_REQUESTER)
        .getResultList();
  }

  /** The id a new mail of the thread answers: the latest, or none for the first. */
  static String latest(List<String> ids) {
    return ids.isEmpty() ? null : ids.get(ids.size() - 1);
  }
}
