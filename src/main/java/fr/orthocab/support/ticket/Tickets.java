package fr.orthocab.support.ticket;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.audit.AuditActor;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.secrets.Masked;
import fr.orthocab.support.secrets.Maskings;
import fr.orthocab.support.secrets.SecretMasking;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Entry point for changing tickets, in the support team's words; reading them is {@link
 * TicketReads}' and {@link TicketThreads}' work. Agents' changes carry the version of the ticket
 * they looked at: if someone changed it since, nothing is written ({@link TicketChangedMeanwhile}).
 */
@Stateless
public class Tickets {
  @PersistenceContext private EntityManager em;
  @Inject private TicketReads reads;
  @Inject private Clock clock;
  @Inject private Event<TicketsMerged> merged;
  @Inject private Event<AwaitingReplyChanged> awaitingReply;
  @Inject private Event<CustomerToldOnTicket> told;
  @Inject private Event<CustomerCommented> commented;
  @Inject private Event<TicketAssigned> assigned;
  @Inject private Event<InternalNoteAdded> noteAdded;
  @Inject private Event<TicketResolved> resolved;
  @Inject private TicketTrail trail;
  @Inject private SearchDocuments searchDocuments;
  @Inject private ClosingDelays closingDelays;
  @Inject private Maskings maskings;

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
    searchDocuments.opened(ticket, body);
    followWaiting(ticket);
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
    Ticket ticket = reads.find(ticketId).orElseThrow(() -> new TicketNotFound(ticketId));
    Instant now = clock.instant();
    apply(
        () -> {
          ticket.identify(customer, priority, next, now);
          ticket.keepRequestNotions(requestNotions);
        },
        ticket);
    return ticket;
  }

  /**
   * A customer's comment on their own ticket; it waits for a reply and never opens a ticket. A
   * resolved ticket past its reopen window, like a closed one, takes none ({@link
   * Ticket#takesCustomerMessageAt}): the comment is a new request following it, which only intake
   * opens.
   */
  public Message comment(long ticketId, long customerId, @NotBlank String body) {
    Masked masked = SecretMasking.mask(body);
    Ticket ticket =
        reads.findForCustomer(ticketId, customerId).orElseThrow(() -> new TicketNotFound(ticketId));
    Instant now = clock.instant();
    if (!ticket.takesCustomerMessageAt(now, closingDelays.reopenWindow())) {
      throw new IllegalTransition(ticket.getStatus(), "add a late customer message to");
    }
    apply(() -> ticket.customerWrote(now), ticket);
    Message message =
        new Message(
            ticket,
            AuthorKind.CUSTOMER,
            null,
            ticket.getCustomer().fullName(),
            Visibility.PUBLIC,
            masked.text(),
            now);
    em.persist(message);
    searchDocuments.added(message);
    commented.fire(new CustomerCommented(ticket, message));
    secretsMasked(ticket, masked, "COMMENT");
    return message;
  }

  /**
   * Secrets were masked in what the customer sent on that ticket, through that channel: counted,
   * and the customer told, the first time only, never to send them. Every channel masks before it
   * stores anything; this only records it afterwards.
   */
  public void secretsMasked(Ticket ticket, @NotNull Masked masked, @NotBlank String channel) {
    Customer customer = ticket.getCustomer();
    if (maskings.record(
        masked, channel, ticket.getId(), customer == null ? null : customer.getId())) {
      tellCustomer(ticket, NoticeKind.SECRETS_MASKED, Maskings.notice(ticket.requesterLanguage()));
    }
  }

  public Message reply(long ticketId, long expectedVersion, long agentId, @NotBlank String body) {
    Ticket ticket = forAgent(ticketId, expectedVersion);
    Account agent = em.find(Account.class, agentId);
    Instant now = clock.instant();
    apply(() -> ticket.agentReplied(now), ticket);
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
    apply(() -> ticket.noted(now), ticket);
    Message note =
        writeAndCheck(
            ticket,
            new Message(
                ticket,
                AuthorKind.AGENT,
                agent,
                agent.getDisplayName(),
                Visibility.INTERNAL,
                body,
                now));
    noteAdded.fire(new InternalNoteAdded(ticket, note));
    return note;
  }

  /**
   * The customer says their problem is solved: their request closes, in their name in its history,
   * its clock stopped; one the agent resolved just closes.
   */
  public Ticket closeByCustomer(long ticketId, long customerId) {
    Ticket ticket =
        reads.findForCustomer(ticketId, customerId).orElseThrow(() -> new TicketNotFound(ticketId));
    if (!ticket.closableByCustomer()) {
      throw new IllegalTransition(ticket.getStatus(), "close by its customer");
    }
    apply(() -> ticket.close(clock.instant()), ticket);
    return ticket;
  }

  /** A new request follows an earlier one of the same customer's ("suite de OC-…"). */
  public void follow(Ticket later, long earlierId) {
    Ticket earlier = reads.find(earlierId).orElseThrow(() -> new TicketNotFound(earlierId));
    later.follow(earlier);
  }

  /**
   * Tells the customer of a resolved request the day it closes by itself, once a resolution: the
   * ticket keeps that day, so that a second node claiming the same warning writes nothing.
   */
  public void warnOfAutoClose(Ticket ticket, Instant closesAt, String notice) {
    applyByDesk(() -> ticket.warnedOfAutoClose(closesAt), ticket);
    tellCustomer(ticket, NoticeKind.AUTO_CLOSE_WARNING, notice);
  }

  /** Closes a resolved request the customer left without answer, as the desk's own act. */
  public void autoClose(Ticket ticket, Instant at) {
    applyByDesk(() -> ticket.close(at), ticket);
  }

  /** Refuses a ticket the agent looked at in that version. */
  public Ticket refuse(long ticketId, long expectedVersion) {
    Ticket ticket = forAgent(ticketId, expectedVersion);
    Instant now = clock.instant();
    apply(() -> ticket.refuse(now), ticket);
    writeAndCheck(ticket, null);
    return ticket;
  }

  /** Refuses a managed ticket by a rule's decision (an expired hold): its clock stops. */
  public void refuse(Ticket ticket, Instant at) {
    applyByDesk(() -> ticket.refuse(at), ticket);
  }

  /**
   * Holds a managed request in progress for its customer's renewal (a lapse, a rule's decision):
   * its clock stops with it.
   */
  public void holdForRenewal(Ticket ticket, Instant at) {
    applyByDesk(() -> ticket.holdForRenewal(at), ticket);
  }

  public Ticket liftRefusal(long ticketId) {
    Ticket ticket = reads.find(ticketId).orElseThrow(() -> new TicketNotFound(ticketId));
    Instant now = clock.instant();
    apply(() -> ticket.liftRefusal(now), ticket);
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
    apply(() -> ticket.release(now), ticket);
    writeAndCheck(ticket, null);
    return ticket;
  }

  /** A held request enters the queue now, with the priority it has today (a system action). */
  public Ticket release(long ticketId, @NotNull Priority priority) {
    return release(reads.find(ticketId).orElseThrow(() -> new TicketNotFound(ticketId)), priority);
  }

  /** The same, for a ticket this transaction already holds. */
  public Ticket release(Ticket ticket, @NotNull Priority priority) {
    Instant now = clock.instant();
    applyByDesk(
        () -> {
          ticket.release(now);
          ticket.prioritise(priority);
        },
        ticket);
    return ticket;
  }

  public Ticket changeStatus(long ticketId, long expectedVersion, @NotNull TicketStatus target) {
    Ticket ticket = forAgent(ticketId, expectedVersion);
    Instant now = clock.instant();
    apply(
        () -> {
          switch (target) {
            case OPEN -> ticket.reopen(now);
            case WAITING_ON_CUSTOMER -> ticket.waitOnCustomer(now);
            case RESOLVED -> ticket.resolve(now);
            case CLOSED -> ticket.close(now);
            case AWAITING_RENEWAL, THROTTLED, AWAITING_IDENTIFICATION, REFUSED, MERGED ->
                throw new IllegalTransition(
                    ticket.getStatus(), "move by hand to " + target + " a ticket");
          }
        },
        ticket);
    writeAndCheck(ticket, null);
    if (target == TicketStatus.RESOLVED) {
      resolved.fire(new TicketResolved(ticket));
    }
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
    Ticket original = reads.find(originalId).orElseThrow(() -> new TicketNotFound(originalId));
    em.lock(original, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    Instant now = clock.instant();
    apply(() -> duplicate.mergeInto(original, now), duplicate, original);
    writeAndCheck(duplicate, null);
    int moved =
        em.createQuery("update Message m set m.ticket = :original where m.ticket = :duplicate")
            .setParameter("original", original)
            .setParameter("duplicate", duplicate)
            .executeUpdate();
    em.getEntityManagerFactory().getCache().evict(Message.class);
    searchDocuments.rewrite(original.getId());
    searchDocuments.rewrite(duplicate.getId());
    trail.merged(duplicate, original);
    TicketsMerged fact = new TicketsMerged(duplicate, original, new MovedRows(moved));
    merged.fire(fact);
    return fact.moved();
  }

  /** The assignee of a ticket the agent looked at (in that version) leaves it to the queue. */
  public Ticket unassign(long ticketId, long expectedVersion) {
    Ticket ticket = forAgent(ticketId, expectedVersion);
    apply(() -> ticket.unassign(clock.instant()), ticket);
    writeAndCheck(ticket, null);
    return ticket;
  }

  /**
   * A ticket the agent looked at (in that version) goes to that member of the team, who must be
   * able to work on it (an active agent or supervisor); they are told unless they took it
   * themselves ({@link TicketAssigned}).
   */
  public Ticket assign(long ticketId, long expectedVersion, long agentId) {
    Ticket ticket = forAgent(ticketId, expectedVersion);
    Account agent = em.find(Account.class, agentId);
    if (agent == null || !agent.canTakeRequests()) {
      throw new AssigneeRefused(agentId);
    }
    Account before = ticket.getAssignee();
    apply(() -> ticket.assignTo(agent, clock.instant()), ticket);
    writeAndCheck(ticket, null);
    if (before == null || !before.getId().equals(agent.getId())) {
      assigned.fire(new TicketAssigned(ticket, agent));
    }
    return ticket;
  }

  /**
   * A request that just entered the queue goes to that member of the team, whose turn it was
   * ({@code rotation.Rotations}): by the desk, in the request's transaction; they are told.
   */
  public void assignInTurn(Ticket ticket, @NotNull Account agent) {
    applyByDesk(() -> ticket.assignTo(agent, clock.instant()), ticket);
    assigned.fire(new TicketAssigned(ticket, agent, true));
  }

  /**
   * The requests still in work that are assigned to that member of the team go back to the queue,
   * unassigned (they left it); closed, merged and other finished ones keep their name. Answers the
   * requests returned.
   */
  public List<Ticket> returnToQueue(long agentId) {
    List<Ticket> returned =
        em.createQuery("select t from Ticket t where t.assignee.id = :agent", Ticket.class)
            .setParameter("agent", agentId)
            .getResultStream()
            .filter(t -> t.can(TicketAction.ASSIGN))
            .toList();
    Instant now = clock.instant();
    for (Ticket ticket : returned) {
      em.lock(ticket, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
      apply(() -> ticket.unassign(now), ticket);
    }
    return returned;
  }

  /**
   * Runs a command on these tickets, then lets the SLA clock follow what each of them reports of
   * its own wait, and the audit trail their changes of status and assignee, in the name of whoever
   * acts in this request: every change of a ticket goes through here, so no command tells the clock
   * or the trail itself (one that changes a ticket elsewhere fails when the ticket is written:
   * {@link Ticket#refuseUnreportedChange}).
   */
  private void apply(Runnable command, Ticket... changed) {
    applyBy(trail.current(), command, changed);
  }

  /** The same for what the desk does by itself, by a rule's decision, whoever's request ran it. */
  private void applyByDesk(Runnable command, Ticket... changed) {
    applyBy(AuditActor::desk, command, changed);
  }

  private void applyBy(Supplier<AuditActor> by, Runnable command, Ticket... changed) {
    command.run();
    List<TicketTrail.Taken> taken = trail.take(changed);
    followWaiting(changed);
    trail.record(by, taken);
  }

  /**
   * The one place the SLA clock hears of a ticket's wait, in this transaction. Every report is
   * taken before the clock moves, since moving it reads the database (which may write the tickets).
   */
  private void followWaiting(Ticket... changed) {
    List<AwaitingReplyChanged> changes = new ArrayList<>();
    for (Ticket ticket : changed) {
      ticket
          .takeWaitingChange()
          .ifPresent(c -> changes.add(new AwaitingReplyChanged(ticket, c.at(), c.answered())));
    }
    changes.forEach(awaitingReply::fire);
  }

  private Ticket forAgent(long ticketId, long expectedVersion) {
    Ticket ticket = reads.find(ticketId).orElseThrow(() -> new TicketNotFound(ticketId));
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
    if (message != null) {
      searchDocuments.added(message);
    }
    return message;
  }
}
