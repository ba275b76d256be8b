package fr.orthocab.support.ticket;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Language;
import fr.orthocab.support.platform.ShownText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's request and its life cycle. The status moves only through the methods below, which
 * refuse what the status does not allow ({@link TicketStatus#allows}): the pages ask the same
 * question through {@link #can}.
 */
@Entity
@Table(name = "ticket")
public class Ticket implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final String REFERENCE_PREFIX = "OC-";

  @Id
  @SequenceGenerator(name = "ticket_seq", sequenceName = "ticket_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_seq")
  private Long id;

  @Column(name = "reference", nullable = false, unique = true)
  private String reference;

  /** Null only while the request awaits identification (ID-INFO). */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "customer_id")
  private Customer customer;

  /** The identity the request came with, when it named no known customer. */
  @Column(name = "sender_email")
  private String senderEmail;

  @Column(name = "sender_surname")
  private String senderSurname;

  @Column(name = "sender_first_name")
  private String senderFirstName;

  @Column(name = "subject", nullable = false)
  private String subject;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false)
  private TicketCategory category;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false)
  private TicketChannel channel;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private TicketStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "priority", nullable = false)
  private Priority priority;

  @Column(name = "priority_rank", nullable = false)
  private int priorityRank;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  /** Oldest customer message not yet followed by a public agent reply; null when none waits. */
  @Column(name = "awaiting_reply_since")
  private Instant awaitingReplySince;

  /**
   * When the reply is due by the running SLA clock's objective; null while no clock runs. Written
   * only by the SLA capability ({@code sla.SlaClocks}), with the clock, in SQL: the ticket's own
   * changes never write it, and it is no change of the ticket an agent could have missed (no new
   * version). Kept here so that the queue's work order (priority, then this) is read from an index.
   */
  @Column(name = "reply_due_at", insertable = false, updatable = false)
  private Instant replyDueAt;

  /** When the request was last set aside (held); a hold ends after a set time. */
  @Column(name = "held_since")
  private Instant heldSince;

  @Column(name = "last_activity_at", nullable = false)
  private Instant lastActivityAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "assignee_id")
  private Account assignee;

  /** The customer's original request this one was merged into (DUP-COMMENT); null otherwise. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "merged_into_id")
  private Ticket mergedInto;

  /** When the request was last resolved: its reopen window and auto-close countdown start here. */
  @Column(name = "resolved_at")
  private Instant resolvedAt;

  /**
   * The day the customer was told this resolved request closes by itself; null while not told.
   * Cleared when it leaves RESOLVED, so a later resolution starts a new countdown.
   */
  @Column(name = "auto_close_at")
  private Instant autoCloseAt;

  /** The earlier request of the customer's this one follows ("suite de OC-…"); null otherwise. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "follows_id")
  private Ticket follows;

  /**
   * The request's words as the duplicate check compares them (duplicate.RequestText's stored form),
   * written at intake so that they are analysed once; null on tickets written before.
   */
  @Column(name = "request_notions", length = 4000)
  private String requestNotions;

  /**
   * False for a mailed request whose sender proved nothing but its From: the quota of proven
   * requests does not count it.
   */
  @Column(name = "sender_proven", nullable = false)
  private boolean senderProven = true;

  /** When retention replaced the content of this closed request by a marker (ContentRetention). */
  @Column(name = "content_purged_at", insertable = false)
  private Instant contentPurgedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  /**
   * The change of {@link #awaitingReplySince} the SLA clock has not been told of yet: recorded by
   * the methods below, taken by {@code Tickets} in the one place that tells the clock.
   */
  @Transient private transient WaitingChange unreported;

  /**
   * The status and the assignee before the changes the audit trail has not been told of yet: noted
   * by the methods below, taken by {@code Tickets} in the one place that records them ({@link
   * #takeAuditedChanges}). Null status: no status change pending.
   */
  @Transient private transient TicketStatus statusUnrecorded;

  @Transient private transient boolean assigneeUnrecorded;
  @Transient private transient Account assigneeBefore;

  protected Ticket() {}

  /** A ticket that starts open, or held (no clock) when the intake rules say so. */
  public Ticket(
      Customer customer,
      String subject,
      TicketCategory category,
      TicketChannel channel,
      Priority priority,
      TicketStatus initial,
      Instant receivedAt) {
    this(subject, category, channel, priority, initial, receivedAt);
    this.customer = Objects.requireNonNull(customer, "customer");
    if (initial == TicketStatus.AWAITING_IDENTIFICATION) {
      throw new IllegalArgumentException("A known customer's request needs no identification");
    }
  }

  private Ticket(
      String subject,
      TicketCategory category,
      TicketChannel channel,
      Priority priority,
      TicketStatus initial,
      Instant receivedAt) {
    String shown = ShownText.line(subject);
    if (shown == null || shown.isBlank()) {
      throw new IllegalArgumentException("A ticket needs a subject");
    }
    this.subject = shown.strip();
    this.category = Objects.requireNonNull(category, "category");
    this.channel = Objects.requireNonNull(channel, "channel");
    this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
    prioritise(priority);
    if (initial != TicketStatus.OPEN && !initial.isHeld()) {
      throw new IllegalArgumentException("A new ticket is open or held, not " + initial);
    }
    this.status = initial;
    waitSince(initial.isHeld() ? null : receivedAt, receivedAt, false);
    this.heldSince = initial.isHeld() ? receivedAt : null;
    this.lastActivityAt = receivedAt;
  }

  /**
   * A request from a sender who matches no customer (ID-INFO): kept, out of the queue and without
   * clock, with the identity it gave, until the sender is identified.
   */
  public static Ticket fromUnknownSender(
      Sender sender,
      String subject,
      TicketCategory category,
      TicketChannel channel,
      Instant receivedAt) {
    Ticket ticket =
        new Ticket(
            subject,
            category,
            channel,
            Priority.NORMAL,
            TicketStatus.AWAITING_IDENTIFICATION,
            receivedAt);
    ticket.senderEmail = Objects.requireNonNull(sender, "sender").email();
    ticket.senderSurname = sender.surname();
    ticket.senderFirstName = sender.firstName();
    return ticket;
  }

  /**
   * The sender proved to be this customer: the request takes the status and priority the intake
   * rules give it; if it enters the queue, its clock starts now.
   */
  public void identify(Customer who, Priority newPriority, TicketStatus next, Instant at) {
    require(TicketAction.IDENTIFY, "identify the sender of");
    if (next != TicketStatus.OPEN && (!next.isHeld() || next == status)) {
      throw new IllegalArgumentException("An identified request is open or held, not " + next);
    }
    customer = Objects.requireNonNull(who, "customer");
    prioritise(newPriority);
    moveTo(next);
    waitSince(next == TicketStatus.OPEN ? at : null, at, false);
    heldSince = next.isHeld() ? at : null;
    touch(at);
  }

  /** A held request enters the queue: its reply clock starts now, not at its receipt. */
  public void release(Instant at) {
    require(TicketAction.RELEASE, "release");
    moveTo(TicketStatus.OPEN);
    waitSince(at, at, false);
    heldSince = null;
    touch(at);
  }

  /**
   * The customer's coverage ended (ELIG-ACTIVE): a request in progress leaves the queue and waits
   * for the renewal, its clock stopped; the customer's messages are kept meanwhile. A resolved
   * request is left as it is: nobody works on it, and holding it would refuse it after the delay.
   */
  public void holdForRenewal(Instant at) {
    require(TicketAction.HOLD_FOR_RENEWAL, "hold for renewal");
    moveTo(TicketStatus.AWAITING_RENEWAL);
    waitSince(null, at, false);
    heldSince = Objects.requireNonNull(at, "at");
    touch(at);
  }

  /** Keeps the words intake read in the request, as the request was first written. */
  void keepRequestNotions(String notions) {
    if (requestNotions == null) {
      requestNotions = notions;
    }
  }

  /** Gives the ticket its human reference once the database has numbered it. */
  void numberFromId() {
    if (id == null) {
      throw new IllegalStateException("The ticket has no id yet");
    }
    if (reference == null) {
      reference = REFERENCE_PREFIX + id;
    }
  }

  public void prioritise(Priority newPriority) {
    this.priority = Objects.requireNonNull(newPriority, "priority");
    this.priorityRank = newPriority.rank();
  }

  /** A public customer message: it waits for a reply, and reopens a ticket set aside. */
  void customerWrote(Instant at) {
    require(TicketAction.COMMENT, "add a customer message to");
    if (awaitingReplySince == null && !status.isHeld()) {
      waitSince(at, at, false);
    }
    if (status.allows(TicketAction.REOPEN)) {
      moveTo(TicketStatus.OPEN);
      autoCloseAt = null;
    }
    touch(at);
  }

  /**
   * Whether a customer's message at that instant joins this request: a request in progress takes
   * it, a resolved one only within the reopen window after its resolution; past it, or once closed,
   * the message starts a new request following this one.
   */
  public boolean takesCustomerMessageAt(Instant at, Duration reopenWindow) {
    if (!status.acceptsCustomerMessages()) {
      return false;
    }
    return status != TicketStatus.RESOLVED
        || resolvedAt == null
        || at.isBefore(resolvedAt.plus(reopenWindow));
  }

  /** Whether the customer may close it themselves ("Mon problème est résolu"). */
  public boolean closableByCustomer() {
    return customer != null
        && can(TicketAction.CLOSE)
        && (status == TicketStatus.OPEN
            || status == TicketStatus.WAITING_ON_CUSTOMER
            || status == TicketStatus.RESOLVED);
  }

  /**
   * When a resolved request with no answer from its customer closes by itself: the delay after its
   * resolution, and never sooner than the warning's lead after the customer was told.
   */
  public Instant autoClosingAt(Duration delay, Duration warningLead, Instant warnedAt) {
    if (status != TicketStatus.RESOLVED || resolvedAt == null) {
      throw new IllegalTransition(status, "count down the closing of");
    }
    Instant due = resolvedAt.plus(delay);
    Instant earliest = warnedAt.plus(warningLead);
    return due.isBefore(earliest) ? earliest : due;
  }

  /** The customer was told the request closes by itself then; told once a resolution. */
  void warnedOfAutoClose(Instant closesAt) {
    if (status != TicketStatus.RESOLVED || autoCloseAt != null) {
      throw new IllegalTransition(status, "warn again of the closing of");
    }
    autoCloseAt = Objects.requireNonNull(closesAt, "closesAt");
  }

  /** This request follows that earlier one of the same customer's; set once. */
  void follow(Ticket earlier) {
    Objects.requireNonNull(earlier, "earlier");
    if (follows != null || earlier == this || (id != null && id.equals(earlier.id))) {
      throw new IllegalArgumentException("A request follows one other request, once");
    }
    follows = earlier;
  }

  /** A public agent reply answers every customer message waiting for one. */
  void agentReplied(Instant at) {
    require(TicketAction.REPLY, "reply to");
    waitSince(null, at, true);
    touch(at);
  }

  void noted(Instant at) {
    require(TicketAction.NOTE, "add a note to");
    touch(at);
  }

  /** Only once the customer has been answered: the agent is then waiting for the customer. */
  public void waitOnCustomer(Instant at) {
    require(TicketAction.WAIT_ON_CUSTOMER, "wait on the customer for");
    moveTo(TicketStatus.WAITING_ON_CUSTOMER);
    touch(at);
  }

  public void resolve(Instant at) {
    require(TicketAction.RESOLVE, "resolve");
    moveTo(TicketStatus.RESOLVED);
    resolvedAt = at;
    autoCloseAt = null;
    touch(at);
  }

  public void close(Instant at) {
    require(TicketAction.CLOSE, "close");
    moveTo(TicketStatus.CLOSED);
    autoCloseAt = null;
    waitSince(null, at, false);
    touch(at);
  }

  public void reopen(Instant at) {
    require(TicketAction.REOPEN, "reopen");
    moveTo(TicketStatus.OPEN);
    autoCloseAt = null;
    touch(at);
  }

  /** Support refused under a clause: no clock, nothing more from the customer on this ticket. */
  public void refuse(Instant at) {
    require(TicketAction.REFUSE, "refuse");
    moveTo(TicketStatus.REFUSED);
    waitSince(null, at, false);
    touch(at);
  }

  /**
   * A lifted refusal puts the request back in the queue, its clock starting now; a sender still
   * unidentified is waited for again.
   */
  public void liftRefusal(Instant at) {
    require(TicketAction.LIFT_REFUSAL, "lift the refusal of");
    touch(at);
    if (customer == null) {
      moveTo(TicketStatus.AWAITING_IDENTIFICATION);
      heldSince = at;
      return;
    }
    moveTo(TicketStatus.OPEN);
    waitSince(at, at, false);
  }

  /**
   * An agent merges this request into the same customer's original (DUP-COMMENT): its thread now
   * lives there; it only points to it, without clock, and takes nothing more.
   */
  void mergeInto(Ticket original, Instant at) {
    Objects.requireNonNull(original, "original");
    require(TicketAction.MERGE, "merge");
    if (original == this
        || (id != null && id.equals(original.id))
        || !original.status.acceptsCustomerMessages()
        || !sameCustomer(original)) {
      throw new IllegalArgumentException(
          "A request merges into another request in progress of the same customer");
    }
    Instant waiting = awaitingReplySince;
    moveTo(TicketStatus.MERGED);
    waitSince(null, at, false);
    heldSince = null;
    mergedInto = original;
    touch(at);
    original.absorb(waiting, at);
  }

  private boolean sameCustomer(Ticket other) {
    return customer != null
        && other.customer != null
        && (customer == other.customer
            || (customer.getId() != null && customer.getId().equals(other.customer.getId())));
  }

  /**
   * A duplicate's thread joins this one: a customer message of it still waiting for a reply waits
   * here now, from when it was sent, and reopens a request set aside.
   */
  private void absorb(Instant waitingSince, Instant at) {
    if (waitingSince != null && !status.isHeld()) {
      if (awaitingReplySince == null || waitingSince.isBefore(awaitingReplySince)) {
        waitSince(waitingSince, at, false);
      }
      if (status.allows(TicketAction.REOPEN)) {
        moveTo(TicketStatus.OPEN);
        autoCloseAt = null;
      }
    }
    touch(at);
  }

  public void assignTo(Account agent, Instant at) {
    require(TicketAction.ASSIGN, "assign");
    changeAssignee(Objects.requireNonNull(agent, "agent"));
    touch(at);
  }

  /**
   * The assignee leaves: the request is back in the queue for anyone to take. A finished request
   * (closed, refused, merged) keeps the name of whoever worked on it.
   */
  public void unassign(Instant at) {
    if (assignee != null) {
      require(TicketAction.ASSIGN, "unassign");
      changeAssignee(null);
      touch(at);
    }
  }

  private void changeAssignee(Account next) {
    if (!assigneeUnrecorded) {
      assigneeBefore = assignee;
      assigneeUnrecorded = true;
    }
    assignee = next;
  }

  private void moveTo(TicketStatus next) {
    if (statusUnrecorded == null) {
      statusUnrecorded = status;
    }
    status = next;
  }

  /**
   * The changes of status and assignee since the audit trail was last told, and forgets them: asked
   * by {@code Tickets} after each command, and only there.
   */
  List<AuditedChange> takeAuditedChanges() {
    List<AuditedChange> changes = new ArrayList<>();
    if (statusUnrecorded != null && statusUnrecorded != status) {
      changes.add(AuditedChange.status(statusUnrecorded, status));
    }
    if (assigneeUnrecorded && !sameAccount(assigneeBefore, assignee)) {
      changes.add(AuditedChange.assignee(assigneeBefore, assignee));
    }
    statusUnrecorded = null;
    assigneeUnrecorded = false;
    assigneeBefore = null;
    return changes;
  }

  private static boolean sameAccount(Account a, Account b) {
    return a == b || (a != null && b != null && a.getId() != null && a.getId().equals(b.getId()));
  }

  /**
   * Whether the ticket may undergo that action now: what its status allows, and for a few actions
   * what else they need (waiting on the customer once answered; holding or merging a request of a
   * known customer).
   */
  public boolean can(TicketAction action) {
    if (!status.allows(action)) {
      return false;
    }
    return switch (action) {
      case WAIT_ON_CUSTOMER -> awaitingReplySince == null;
      case HOLD_FOR_RENEWAL, MERGE -> customer != null;
      default -> true;
    };
  }

  private void require(TicketAction action, String attempted) {
    if (!can(action)) {
      throw new IllegalTransition(status, attempted);
    }
  }

  /**
   * Moves the instant since which the ticket waits for a reply, and keeps the change for the SLA
   * clock ({@link #takeWaitingChange}): the first value before it, so that a wait that ends where
   * it began is no change.
   *
   * @param answered the wait ends with an agent's public reply
   */
  private void waitSince(Instant since, Instant at, boolean answered) {
    Instant before = unreported == null ? awaitingReplySince : unreported.before();
    awaitingReplySince = since;
    unreported = Objects.equals(before, since) ? null : new WaitingChange(before, at, answered);
  }

  /**
   * The change of "waiting for a reply since" the ticket made since it was last asked, and forgets
   * it: asked by {@code Tickets} after each command, and only there.
   */
  Optional<WaitingChange> takeWaitingChange() {
    Optional<WaitingChange> change = Optional.ofNullable(unreported);
    unreported = null;
    return change;
  }

  /**
   * A ticket is not written with a change of its wait the SLA clock was not told of, nor with a
   * change of status or assignee the audit trail was not told of: a command that skipped {@code
   * Tickets}' one place fails in every test that runs it, instead of leaving a clock running or a
   * change without a trace.
   */
  @PreUpdate
  void refuseUnreportedChange() {
    if (unreported != null) {
      throw new IllegalStateException(
          "Ticket " + reference + " changed its wait without telling the SLA clock");
    }
    if ((statusUnrecorded != null && statusUnrecorded != status)
        || (assigneeUnrecorded && !sameAccount(assigneeBefore, assignee))) {
      throw new IllegalStateException(
          "Ticket " + reference + " changed its status or assignee without the audit trail");
    }
  }

  private void touch(Instant at) {
    if (at.isAfter(lastActivityAt)) {
      lastActivityAt = at;
    }
  }

  public boolean awaitsReply() {
    return awaitingReplySince != null;
  }

  /**
   * The request came by mail and its sender proved nothing but its From:, which anyone can write:
   * it must not use up the quota of the customer it names ({@code Tickets#receivedBetween}).
   */
  public void senderUnproven() {
    if (channel != TicketChannel.EMAIL) {
      throw new IllegalStateException("Only a mailed request has an unproven sender");
    }
    senderProven = false;
  }

  public boolean isSenderProven() {
    return senderProven;
  }

  public Long getId() {
    return id;
  }

  public String getReference() {
    return reference;
  }

  public Customer getCustomer() {
    return customer;
  }

  public boolean isIdentified() {
    return customer != null;
  }

  /** Who wrote the request, as people should read it: the customer, or the unknown sender. */
  public String getRequesterName() {
    if (customer != null) {
      return customer.fullName();
    }
    String named =
        ((senderFirstName == null ? "" : senderFirstName)
                + " "
                + (senderSurname == null ? "" : senderSurname))
            .strip();
    return named.isEmpty() ? senderEmail : named + " <" + senderEmail + ">";
  }

  /** The language to write to the requester in: an unknown sender's is French, the reference. */
  public Language requesterLanguage() {
    return customer != null ? customer.getLanguage() : Language.FR;
  }

  /** The email address replies go to: the customer's login, or what the unknown sender gave. */
  public String getRequesterEmail() {
    return customer != null ? customer.getEmail() : senderEmail;
  }

  public String getSenderEmail() {
    return senderEmail;
  }

  public String getSenderSurname() {
    return senderSurname;
  }

  public String getSenderFirstName() {
    return senderFirstName;
  }

  public String getSubject() {
    return subject;
  }

  public TicketCategory getCategory() {
    return category;
  }

  public TicketChannel getChannel() {
    return channel;
  }

  public TicketStatus getStatus() {
    return status;
  }

  public Priority getPriority() {
    return priority;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public Instant getAwaitingReplySince() {
    return awaitingReplySince;
  }

  public Instant getReplyDueAt() {
    return replyDueAt;
  }

  public Instant getHeldSince() {
    return heldSince;
  }

  public Instant getLastActivityAt() {
    return lastActivityAt;
  }

  public Account getAssignee() {
    return assignee;
  }

  /** The original this request was merged into, if it was. */
  public Ticket getMergedInto() {
    return mergedInto;
  }

  public Instant getResolvedAt() {
    return resolvedAt;
  }

  /** The day the customer was told the request closes by itself, if told. */
  public Instant getAutoCloseAt() {
    return autoCloseAt;
  }

  /** The earlier request this one follows, if it does. */
  public Ticket getFollows() {
    return follows;
  }

  public String getRequestNotions() {
    return requestNotions;
  }

  public long getVersion() {
    return version;
  }

  /** Whether retention replaced this closed request's subject and texts by a marker. */
  public boolean isContentPurged() {
    return contentPurgedAt != null;
  }
}
