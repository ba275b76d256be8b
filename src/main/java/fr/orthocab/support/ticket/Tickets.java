package fr.orthocab.support.ticket;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.EmailKey;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Entry point for tickets, in the support team's words. Agents' changes carry the version of the
 * ticket they looked at: if someone changed it since, nothing is written ({@link
 * TicketChangedMeanwhile}).
 */
@Stateless
public class Tickets {
  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private Event<TicketsMerged> merged;
  @Inject private Event<AwaitingReplyChanged> awaitingReply;
  @Inject private Event<CustomerToldOnTicket> told;
  @Inject private Event<CustomerCommented> commented;

  /**
   * Saves a new request as the intake rules decided it: with that priority, open or held. Requests
   * reach this through {@code intake.Intake}, the one pipeline every channel goes through, which
   * validates them at its edge: validating them again here cost a third of the ticket API's time.
   * The request's notions are the words intake read in it, kept for later duplicate checks (null
   * when none were read).
   */
  public Ticket open(
      NewRequest request, Priority priority, TicketStatus initial, String requestNotions) {
    Customer customer = em.find(Customer.class, request.customerId());
    if (customer == null) {
      throw new IllegalArgumentException("Unknown customer " + request.customerId());
    }
    Ticket ticket =
        new Ticket(
            customer,
            request.subject(),
            request.category(),
            request.channel(),
            priority,
            initial,
            request.receivedAt());
    ticket.keepRequestNotions(requestNotions);
    return save(ticket, request.body());
  }

  /**
   * Keeps a request whose sender matches no customer (ID-INFO), out of the queue and without clock,
   * until they are identified.
   */
  public Ticket openFromUnknownSender(SenderRequest request) {
    Ticket ticket =
        Ticket.fromUnknownSender(
            request.sender(),
            request.subject(),
            request.category(),
            request.channel(),
            request.receivedAt());
    return save(ticket, request.body());
  }

  /** A new ticket numbered, with the request's text as the first message of its thread. */
  private Ticket save(Ticket ticket, String body) {
    em.persist(ticket);
    ticket.numberFromId();
    em.persist(
        new Message(
            ticket,
            AuthorKind.CUSTOMER,
            null,
            ticket.getRequesterName(),
            Visibility.PUBLIC,
            body,
            ticket.getReceivedAt()));
    follow(ticket, null, ticket.getReceivedAt(), false);
    return ticket;
  }

  /**
   * The sender is that customer: the request takes the status and priority intake decided, and
   * keeps the words intake read in it.
   */
  public Ticket identify(
      long ticketId,
      @NotNull Customer customer,
      @NotNull Priority priority,
      TicketStatus next,
      String requestNotions) {
    Ticket ticket = find(ticketId).orElseThrow(() -> new TicketNotFound(ticketId));
    Instant now = clock.instant();
    ticket.identify(customer, priority, next, now);
    ticket.keepRequestNotions(requestNotions);
    follow(ticket, null, now, false);
    return ticket;
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

  /** The ticket of a reference such as {@code OC-1042}; nothing for any other text. */
  public Optional<Ticket> byReference(String reference) {
    if (reference == null || !reference.matches(Ticket.REFERENCE_PREFIX + "[1-9][0-9]{0,17}")) {
      return Optional.empty();
    }
    return find(Long.parseLong(reference.substring(Ticket.REFERENCE_PREFIX.length())));
  }

  /**
   * Tickets newest first, of a requester (customer login or unknown sender's email) and in a status
   * when given: one page, and the count of all.
   */
  public List<Ticket> search(String requesterEmail, TicketStatus status, int first, int max) {
    return searchQuery(
            "select t from Ticket t left join fetch t.customer c",
            Ticket.class,
            requesterEmail,
            status,
            " order by t.receivedAt desc, t.id desc")
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long count(String requesterEmail, TicketStatus status) {
    return searchQuery(
            "select count(t) from Ticket t left join t.customer c",
            Long.class,
            requesterEmail,
            status,
            "")
        .getSingleResult();
  }

  /** The search's query from that select-and-from, {@code c} naming the customer. */
  private <T> TypedQuery<T> searchQuery(
      String selectFrom, Class<T> type, String requesterEmail, TicketStatus status, String order) {
    StringBuilder jpql = new StringBuilder(selectFrom).append(" where 1 = 1");
    if (requesterEmail != null) {
      jpql.append(" and (c.emailKey = :key or lower(t.senderEmail) = :key)");
    }
    if (status != null) {
      jpql.append(" and t.status = :status");
    }
    TypedQuery<T> query = em.createQuery(jpql + order, type);
    if (requesterEmail != null) {
      query.setParameter("key", EmailKey.of(requesterEmail));
    }
    if (status != null) {
      query.setParameter("status", status);
    }
    return query;
  }

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

  public List<Ticket> ofCustomer(long customerId) {
    return em.createQuery(
            "select t from Ticket t where t.customer.id = :customer"
                + " order by t.lastActivityAt desc",
            Ticket.class)
        .setParameter("customer", customerId)
        .getResultList();
  }

  /** What the customer sees of the thread: public messages only. */
  public List<Message> publicThread(long ticketId) {
    return em.createQuery(
            "select m from Message m where m.ticket.id = :ticket and m.visibility = :public"
                + " order by m.createdAt, m.id",
            Message.class)
        .setParameter("ticket", ticketId)
        .setParameter("public", Visibility.PUBLIC)
        .getResultList();
  }

  /** The whole threads of several tickets at once (a page of a list), each in its order. */
  public List<Message> threadsOf(Collection<Long> ticketIds) {
    if (ticketIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select m from Message m where m.ticket.id in :tickets order by m.createdAt, m.id",
            Message.class)
        .setParameter("tickets", ticketIds)
        .getResultList();
  }

  /** The request's own text: the first customer message of the thread. */
  public Message request(long ticketId) {
    return em.createQuery(
            "select m from Message m where m.ticket.id = :ticket and m.authorKind = :customer"
                + " order by m.createdAt, m.id",
            Message.class)
        .setParameter("ticket", ticketId)
        .setParameter("customer", AuthorKind.CUSTOMER)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new TicketNotFound(ticketId));
  }

  /** What agents see: every message, internal notes included. */
  public List<Message> fullThread(long ticketId) {
    return em.createQuery(
            "select m from Message m where m.ticket.id = :ticket order by m.createdAt, m.id",
            Message.class)
        .setParameter("ticket", ticketId)
        .getResultList();
  }

  /** A customer's comment on their own ticket; it waits for a reply and never opens a ticket. */
  public Message comment(long ticketId, long customerId, @NotBlank String body) {
    Ticket ticket =
        findForCustomer(ticketId, customerId).orElseThrow(() -> new TicketNotFound(ticketId));
    Instant now = clock.instant();
    Instant waiting = ticket.getAwaitingReplySince();
    ticket.customerWrote(now);
    follow(ticket, waiting, now, false);
    Message message =
        new Message(
            ticket,
            AuthorKind.CUSTOMER,
            null,
            ticket.getCustomer().fullName(),
            Visibility.PUBLIC,
            body,
            now);
    em.persist(message);
    commented.fire(new CustomerCommented(ticket, message));
    return message;
  }

  public Message reply(long ticketId, long expectedVersion, long agentId, @NotBlank String body) {
    Ticket ticket = forAgent(ticketId, expectedVersion);
    Account agent = em.find(Account.class, agentId);
    Instant now = clock.instant();
    Instant waiting = ticket.getAwaitingReplySince();
    ticket.agentReplied(now);
    follow(ticket, waiting, now, true);
    Message reply =
        writeAndCheck(
            ticket,
            new Message(
                ticket,
                AuthorKind.AGENT,
                agent,
                agent.getDisplayName(),
                Visibility.PUBLIC,
                body,
                now));
    told.fire(new CustomerToldOnTicket(ticket, reply, NoticeKind.AGENT_REPLY));
    return reply;
  }

  public Message note(long ticketId, long expectedVersion, long agentId, @NotBlank String body) {
    Ticket ticket = forAgent(ticketId, expectedVersion);
    Account agent = em.find(Account.class, agentId);
    Instant now = clock.instant();
    ticket.noted(now);
    return writeAndCheck(
        ticket,
        new Message(
            ticket,
            AuthorKind.AGENT,
            agent,
            agent.getDisplayName(),
            Visibility.INTERNAL,
            body,
            now));
  }

  /** Refuses a ticket the agent looked at in that version. */
  public Ticket refuse(long ticketId, long expectedVersion) {
    Ticket ticket = forAgent(ticketId, expectedVersion);
    refuse(ticket, clock.instant());
    writeAndCheck(ticket, null);
    return ticket;
  }

  /** Refuses a managed ticket by a rule's decision (an expired hold): its clock stops. */
  public void refuse(Ticket ticket, Instant at) {
    Instant waiting = ticket.getAwaitingReplySince();
    ticket.refuse(at);
    follow(ticket, waiting, at, false);
  }

  /**
   * Holds a managed request in progress for its customer's renewal (a lapse, a rule's decision):
   * its clock stops with it.
   */
  public void holdForRenewal(Ticket ticket, Instant at) {
    Instant waiting = ticket.getAwaitingReplySince();
    ticket.holdForRenewal(at);
    follow(ticket, waiting, at, false);
  }

  public Ticket liftRefusal(long ticketId) {
    Ticket ticket = find(ticketId).orElseThrow(() -> new TicketNotFound(ticketId));
    Instant now = clock.instant();
    ticket.liftRefusal(now);
    follow(ticket, null, now, false);
    return ticket;
  }

  /**
   * A message from the desk itself, shown to the customer (and mailed to them); it answers nothing.
   */
  public Message tellCustomer(Ticket ticket, @NotNull NoticeKind kind, String body) {
    Message message =
        new Message(
            ticket, AuthorKind.SYSTEM, null, "Orthocab", Visibility.PUBLIC, body, clock.instant());
    em.persist(message);
    told.fire(new CustomerToldOnTicket(ticket, message, kind));
    return message;
  }

  /**
   * A held request the agent looked at (in that version) enters the queue now, its clock starting
   * now; releasing is a policy decision, taken through {@code intake.Intake}, which records it.
   */
  public Ticket releaseHeld(long ticketId, long expectedVersion) {
    Ticket ticket = forAgent(ticketId, expectedVersion);
    Instant now = clock.instant();
    ticket.release(now);
    follow(ticket, null, now, false);
    writeAndCheck(ticket, null);
    return ticket;
  }

  /** A held request enters the queue now, with the priority it has today (a system action). */
  public Ticket release(long ticketId, @NotNull Priority priority) {
    return release(find(ticketId).orElseThrow(() -> new TicketNotFound(ticketId)), priority);
  }

  /** The same, for a ticket this transaction already holds. */
  public Ticket release(Ticket ticket, @NotNull Priority priority) {
    Instant now = clock.instant();
    ticket.release(now);
    ticket.prioritise(priority);
    follow(ticket, null, now, false);
    return ticket;
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
   * How many requests the customer sent in that period (the quota counts them all); an import dated
   * in the past is not counted against requests received after it.
   */
  /**
   * The customer's requests received in that interval; only those whose sender proved who they are
   * when {@code provenOnly}.
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

  public Ticket changeStatus(long ticketId, long expectedVersion, @NotNull TicketStatus target) {
    Ticket ticket = forAgent(ticketId, expectedVersion);
    Instant now = clock.instant();
    Instant waiting = ticket.getAwaitingReplySince();
    switch (target) {
      case OPEN -> ticket.reopen(now);
      case WAITING_ON_CUSTOMER -> ticket.waitOnCustomer(now);
      case RESOLVED -> ticket.resolve(now);
      case CLOSED -> ticket.close(now);
      case AWAITING_RENEWAL, THROTTLED, AWAITING_IDENTIFICATION, REFUSED, MERGED ->
          throw new IllegalTransition(
              ticket.getStatus(), "move by hand to " + target + " a ticket");
    }
    follow(ticket, waiting, now, false);
    writeAndCheck(ticket, null);
    return ticket;
  }

  /**
   * Merges a ticket the agent looked at (in that version) into the same customer's original: its
   * whole thread moves there (attachments stay with their messages), in its order; its clock stops,
   * and a customer message of it still waiting for a reply waits on the original. Then every other
   * owner of rows about the duplicate moves them ({@link TicketsMerged}). Returns what moved.
   */
  public MovedRows merge(long duplicateId, long expectedVersion, long originalId) {
    Ticket duplicate = forAgent(duplicateId, expectedVersion);
    Ticket original = find(originalId).orElseThrow(() -> new TicketNotFound(originalId));
    em.lock(original, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    Instant now = clock.instant();
    Instant duplicateWaiting = duplicate.getAwaitingReplySince();
    Instant originalWaiting = original.getAwaitingReplySince();
    duplicate.mergeInto(original, now);
    follow(duplicate, duplicateWaiting, now, false);
    follow(original, originalWaiting, now, false);
    writeAndCheck(duplicate, null);
    int moved =
        em.createQuery("update Message m set m.ticket = :original where m.ticket = :duplicate")
            .setParameter("original", original)
            .setParameter("duplicate", duplicate)
            .executeUpdate();
    em.getEntityManagerFactory().getCache().evict(Message.class);
    TicketsMerged fact = new TicketsMerged(duplicate, original, new MovedRows(moved));
    merged.fire(fact);
    return fact.moved();
  }

  public Ticket assign(long ticketId, long expectedVersion, long agentId) {
    Ticket ticket = forAgent(ticketId, expectedVersion);
    ticket.assignTo(em.find(Account.class, agentId), clock.instant());
    writeAndCheck(ticket, null);
    return ticket;
  }

  /** Tells the SLA clock when the ticket started or stopped waiting for a reply. */
  private void follow(Ticket ticket, Instant waitingBefore, Instant at, boolean answered) {
    if (!Objects.equals(waitingBefore, ticket.getAwaitingReplySince())) {
      awaitingReply.fire(new AwaitingReplyChanged(ticket, at, answered));
    }
  }

  private Ticket forAgent(long ticketId, long expectedVersion) {
    Ticket ticket = find(ticketId).orElseThrow(() -> new TicketNotFound(ticketId));
    if (ticket.getVersion() != expectedVersion) {
      throw new TicketChangedMeanwhile(ticket.getReference());
    }
    em.lock(ticket, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    return ticket;
  }

  /** Flushes now so that a concurrent change surfaces here, as the agent-facing exception. */
  private Message writeAndCheck(Ticket ticket, Message message) {
    if (message != null) {
      em.persist(message);
    }
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new TicketChangedMeanwhile(ticket.getReference());
    }
    return message;
  }
}
