package fr.orthocab.support.ticket;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Tickets as the pages, the API and the other capabilities read them: one ticket, a customer's
 * tickets, the held ones and counts. Nothing here changes a ticket; that is {@link Tickets}' work.
 */
@Stateless
public class TicketReads {
  @PersistenceContext private EntityManager em;

  public Optional<Ticket> find(long ticketId) {
    return em.createQuery(
            "select t from Ticket t left join fetch t.customer left join fetch t.assignee"
                + " where t.id = :id",
            Ticket.class)
        .setParameter("id", ticketId)
        .getResultStream()
        .findFirst();
  }

  /**
   * The ticket only if it is that customer's: another customer's ticket does not exist for them.
   */
  public Optional<Ticket> findForCustomer(long ticketId, long customerId) {
    return find(ticketId)
        .filter(t -> t.getCustomer() != null && t.getCustomer().getId() == customerId);
  }

  /** The ticket of a reference such as {@code OC-1042}; nothing for any other text. */
  public Optional<Ticket> byReference(String reference) {
    if (reference == null || !reference.matches(Ticket.REFERENCE_PREFIX + "[1-9][0-9]{0,17}")) {
      return Optional.empty();
    }
    return find(Long.parseLong(reference.substring(Ticket.REFERENCE_PREFIX.length())));
  }

  public List<Ticket> ofCustomer(long customerId) {
    return em.createQuery(
            "select t from Ticket t where t.customer.id = :customer"
                + " order by t.lastActivityAt desc",
            Ticket.class)
        .setParameter("customer", customerId)
        .getResultList();
  }

  /**
   * The customer's tickets still in progress (neither closed, refused nor merged), held ones
   * included.
   */
  public List<Ticket> inProgressOf(long customerId) {
    return em.createQuery(
            "select t from Ticket t where t.customer.id = :customer and t.status not in :ended"
                + " order by t.receivedAt, t.id",
            Ticket.class)
        .setParameter("customer", customerId)
        .setParameter(
            "ended", List.of(TicketStatus.CLOSED, TicketStatus.REFUSED, TicketStatus.MERGED))
        .getResultList();
  }

  /** The customer's requests in those statuses received before that instant, oldest first. */
  public List<Ticket> ofCustomerIn(
      long customerId, Collection<TicketStatus> statuses, Instant receivedBefore) {
    return em.createQuery(
            "select t from Ticket t where t.customer.id = :customer and t.status in :statuses"
                + " and t.receivedAt < :before order by t.receivedAt, t.id",
            Ticket.class)
        .setParameter("customer", customerId)
        .setParameter("statuses", statuses)
        .setParameter("before", receivedBefore)
        .getResultList();
  }

  /**
   * The requests held in that status, held longest first, with their customer when known (a request
   * awaiting identification has none), for the supervisors' held views.
   */
  public List<Ticket> heldIn(@NotNull TicketStatus held, int max) {
    if (!held.isHeld()) {
      throw new IllegalArgumentException(held + " is not a held status");
    }
    return em.createQuery(
            "select t from Ticket t left join fetch t.customer where t.status = :status"
                + " order by t.heldSince, t.id",
            Ticket.class)
        .setParameter("status", held)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * How many requests the customer sent in that interval (the quota counts them), only those whose
   * sender proved who they are when {@code provenOnly}; an import dated in the past is not counted
   * against requests received after it.
   */
  public long receivedBetween(long customerId, Instant since, Instant until, boolean provenOnly) {
    return em.createQuery(
            "select count(t) from Ticket t where t.customer.id = :customer"
                + " and t.receivedAt >= :since and t.receivedAt <= :until"
                + (provenOnly ? " and t.senderProven = true" : ""),
            Long.class)
        .setParameter("customer", customerId)
        .setParameter("since", since)
        .setParameter("until", until)
        .getSingleResult();
  }

  /** Ids of the requests held in that status since before the instant, oldest first. */
  public List<Long> heldSinceBefore(TicketStatus held, Instant before, int max) {
    return em.createQuery(
            "select t.id from Ticket t where t.status = :status and t.heldSince < :before"
                + " order by t.heldSince, t.id",
            Long.class)
        .setParameter("status", held)
        .setParameter("before", before)
        .setMaxResults(max)
        .getResultList();
  }

  /** Ids of resolved requests resolved before that instant whose customer was not warned yet. */
  public List<Long> resolvedUnwarnedBefore(Instant before, int max) {
    return em.createQuery(
            "select t.id from Ticket t where t.status = :status and t.resolvedAt < :before"
                + " and t.autoCloseAt is null order by t.resolvedAt, t.id",
            Long.class)
        .setParameter("status", TicketStatus.RESOLVED)
        .setParameter("before", before)
        .setMaxResults(max)
        .getResultList();
  }

  /** Ids of resolved requests whose announced closing day has come. */
  public List<Long> autoClosingDue(Instant now, int max) {
    return em.createQuery(
            "select t.id from Ticket t where t.status = :status and t.autoCloseAt <= :now"
                + " order by t.autoCloseAt, t.id",
            Long.class)
        .setParameter("status", TicketStatus.RESOLVED)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }

  /** The later requests that follow that one ("suite de"), oldest first. */
  public List<Ticket> followersOf(long ticketId) {
    return em.createQuery(
            "select t from Ticket t where t.follows.id = :id order by t.receivedAt, t.id",
            Ticket.class)
        .setParameter("id", ticketId)
        .getResultList();
  }
}
