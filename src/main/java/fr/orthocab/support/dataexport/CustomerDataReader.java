package fr.orthocab.support.dataexport;

import fr.orthocab.support.attachment.MessageFile;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.EmailKey;
import fr.orthocab.support.mail.inbound.InboundAttachment;
import fr.orthocab.support.mail.inbound.InboundMail;
import fr.orthocab.support.mail.outbox.OutboxMessage;
import fr.orthocab.support.policy.Decision;
import fr.orthocab.support.refusal.Refusal;
import fr.orthocab.support.satisfaction.SatisfactionRating;
import fr.orthocab.support.screening.TicketFlag;
import fr.orthocab.support.sla.SlaEvent;
import fr.orthocab.support.subscription.Subscription;
import fr.orthocab.support.ticket.Message;
import fr.orthocab.support.ticket.Ticket;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;

/**
 * Reads one customer's rows from every capability's tables, a query per kind, by the ids of their
 * requests: a dozen queries whatever the number of requests.
 */
final class CustomerDataReader {
  private final EntityManager em;

  CustomerDataReader(EntityManager em) {
    this.em = em;
  }

  CustomerData read(Customer customer) {
    long id = customer.getId();
    List<Ticket> tickets =
        em.createQuery(
                "select t from Ticket t where t.customer.id = :c order by t.receivedAt, t.id",
                Ticket.class)
            .setParameter("c", id)
            .getResultList();
    List<Long> ids = tickets.stream().map(Ticket::getId).toList();
    List<InboundMail> received =
        em.createQuery(
                "select m from InboundMail m where m.ticketId in :ids"
                    + " or lower(m.fromAddress) = :email order by m.receivedAt, m.id",
                InboundMail.class)
            .setParameter("ids", ids.isEmpty() ? List.of(-1L) : ids)
            .setParameter("email", customer.getEmail().toLowerCase(Locale.ROOT))
            .getResultList();
    List<Long> mailIds = received.stream().map(InboundMail::getId).toList();
    return new CustomerData(
        customer,
        em.createQuery(
                "select s from Subscription s where s.customer.id = :c order by s.periodStart",
                Subscription.class)
            .setParameter("c", id)
            .getResultList(),
        tickets,
        ofTickets(
            "select m from Message m where m.ticket.id in :ids order by m.createdAt, m.id",
            Message.class,
            ids),
        ofTickets(
            "select f from MessageFile f where f.message.ticket.id in :ids order by f.id",
            MessageFile.class,
            ids),
        ofTickets(
            "select d from Decision d where d.ticket.id in :ids order by d.decidedAt, d.id",
            Decision.class,
            ids),
        ofTickets(
            "select r from Refusal r where r.ticket.id in :ids order by r.decidedAt, r.id",
            Refusal.class,
            ids),
        ofTickets(
            "select f from TicketFlag f where f.ticket.id in :ids order by f.raisedAt, f.id",
            TicketFlag.class,
            ids),
        ofTickets(
            "select e from SlaEvent e where e.ticketId in :ids order by e.recordedAt, e.id",
            SlaEvent.class,
            ids),
        ofTickets(
            "select s from SatisfactionRating s where s.ticket.id in :ids order by s.ratedAt",
            SatisfactionRating.class,
            ids),
        em.createQuery(
                "select o from OutboxMessage o where o.recipientKey = :key"
                    + " order by o.createdAt, o.id",
                OutboxMessage.class)
            .setParameter("key", EmailKey.of(customer.getEmail()))
            .getResultList(),
        received,
        mailIds.isEmpty()
            ? List.of()
            : em.createQuery(
                    "select a from InboundAttachment a where a.file.inboundMailId in :ids"
                        + " order by a.id",
                    InboundAttachment.class)
                .setParameter("ids", mailIds)
                .getResultList());
  }

  private <T> List<T> ofTickets(String jpql, Class<T> type, List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(jpql, type).setParameter("ids", ids).getResultList();
  }
}
