package fr.orthocab.support.mail;

import fr.orthocab.support.mail.inbound.InboundOutcome;
import fr.orthocab.support.mail.outbox.OutboxTopic;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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

  private static final List<InboundOutcome> THREADED =
      List.of(
          InboundOutcome.NEW_REQUEST,
          InboundOutcome.FOLLOW_UP,
          InboundOutcome.FOREIGN_REFERENCE,
          InboundOutcome.UNPROVEN_REFERENCE,
          InboundOutcome.IDENTIFIED,
          InboundOutcome.IDENTITY_TO_CONFIRM,
          InboundOutcome.IDENTIFICATION_INCOMPLETE);

  @PersistenceContext private EntityManager em;

  /**
   * The thread's Message-IDs, angle brackets included, oldest first: the desk's mails to the
   * requester and the requester's own mails that reached the ticket (not automatic replies nor
   * bounces), so that the desk's answer to a mailed request is a reply to that mail.
   */
  public List<String> idsOf(long ticketId) {
    List<Object[]> rows = new ArrayList<>();
    rows.addAll(
        em.createQuery(
                "select m.createdAt, m.messageId from OutboxMessage m where m.ticketId = :ticket"
                    + " and m.messageId is not null and m.topic in :topics",
                Object[].class)
            .setParameter("ticket", ticketId)
            .setParameter("topics", TO_REQUESTER)
            .getResultList());
    rows.addAll(
        em.createQuery(
                "select m.receivedAt, m.messageId from InboundMail m where m.ticketId = :ticket"
                    + " and m.outcome in :threaded",
                Object[].class)
            .setParameter("ticket", ticketId)
            .setParameter("threaded", THREADED)
            .getResultList());
    return rows.stream()
        .sorted(Comparator.comparing(row -> (Instant) row[0]))
        .map(row -> (String) row[1])
        .distinct()
        .toList();
  }

  /** The id a new mail of the thread answers: the latest, or none for the first. */
  static String latest(List<String> ids) {
    return ids.isEmpty() ? null : ids.get(ids.size() - 1);
  }
}
