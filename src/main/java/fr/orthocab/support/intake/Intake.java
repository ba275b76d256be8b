package fr.orthocab.support.intake;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Customers;
import fr.orthocab.support.duplicate.Duplicates;
import fr.orthocab.support.policy.Clause;
import fr.orthocab.support.policy.Decisions;
import fr.orthocab.support.policy.Outcome;
import fr.orthocab.support.policy.PolicyVersion;
import fr.orthocab.support.policy.PolicyVersions;
import fr.orthocab.support.refusal.Refusals;
import fr.orthocab.support.refusal.Suspensions;
import fr.orthocab.support.rotation.Rotations;
import fr.orthocab.support.screening.TicketFlags;
import fr.orthocab.support.secrets.Masked;
import fr.orthocab.support.secrets.SecretMasking;
import fr.orthocab.support.sla.SlaClocks;
import fr.orthocab.support.subscription.Coverage;
import fr.orthocab.support.subscription.Pack;
import fr.orthocab.support.subscription.SubscriptionRenewed;
import fr.orthocab.support.subscription.Subscriptions;
import fr.orthocab.support.ticket.IllegalTransition;
import fr.orthocab.support.ticket.Message;
import fr.orthocab.support.ticket.NewRequest;
import fr.orthocab.support.ticket.NoticeKind;
import fr.orthocab.support.ticket.Priority;
import fr.orthocab.support.ticket.SenderRequest;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketAction;
import fr.orthocab.support.ticket.TicketNotFound;
import fr.orthocab.support.ticket.TicketReads;
import fr.orthocab.support.ticket.TicketStatus;
import fr.orthocab.support.ticket.TicketThreads;
import fr.orthocab.support.ticket.Tickets;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Entry point of every new request, whatever its channel: runs the intake rules as the world was at
 * the request's receipt and saves the ticket with its decisions, in one transaction.
 */
@Stateless
public class Intake {
  private static final IntakePipeline PIPELINE = new IntakePipeline();

  @Inject private Customers customers;
  @Inject private Subscriptions subscriptions;
  @Inject private Tickets tickets;
  @Inject private Rotations rotations;
  @Inject private TicketReads ticketReads;
  @Inject private TicketThreads ticketThreads;
  @Inject private SlaClocks slaClocks;
  @Inject private Decisions decisions;
  @Inject private PolicyVersions versions;
  @Inject private Suspensions suspensions;
  @Inject private Refusals refusals;
  @Inject private TicketFlags flags;
  @Inject private Duplicates duplicates;
  @Inject private IdentityConfirmations confirmations;
  @Inject private Clock clock;

  @Inject private HoldDelays delays;

  @Inject
  @ConfigProperty(name = "app.intake.daily-quota", defaultValue = "5")
  private int dailyQuota;

  /**
   * The request's secrets (passwords, NIR, cards, IBANs) are masked before anything of it is
   * stored, read by the rules or indexed; the customer is told the first time.
   */
  public Ticket receive(@NotNull @Valid NewRequest request) {
    Masked subject = SecretMasking.mask(request.subject());
    Masked body = SecretMasking.mask(request.body());
    Ticket ticket = receive(request.withText(subject.text(), body.text()), true);
    tickets.secretsMasked(ticket, body.and(subject), request.channel().name());
    return ticket;
  }

  /**
   * A request whose sender may not be who they say: an unproven one (a mail with nothing but its
   * From:) is counted against the quota with every request of the customer, and is never counted
   * against a proven one's, so that mails anyone could send with a customer's address cannot set
   * that customer's own requests aside (REFUSE-SPAM).
   */
  private Ticket receive(NewRequest request, boolean senderProven) {
    Customer customer =
        customers
            .lockedById(request.customerId())
            .orElseThrow(() -> new IllegalArgumentException("Unknown customer"));
    return receive(customer, request, senderProven);
  }

  /**
   * The customer's row is locked before anything of theirs is read, and stays locked until the
   * request is saved with its decisions (the transaction's end): their requests go through one at a
   * time on every node, each counting those saved before it for the quota (REFUSE-SPAM), and a
   * lapse or a renewal (which take the same lock) is seen whole or not at all.
   */
  private Ticket receive(Customer locked, NewRequest request, boolean senderProven) {
    IntakeFacts facts = factsOf(locked, request, senderProven);
    Verdict verdict = PIPELINE.evaluate(facts);
    Ticket ticket =
        tickets.open(request, verdict.priority(), verdict.status(), facts.requestText().stored());
    if (!senderProven) {
      ticket.senderUnproven();
    }
    record(ticket, verdict, request.receivedAt());
    rotations.giveInTurn(ticket);
    return ticket;
  }

  /**
   * A request from a channel that knows only the sender's email (ticket API, email). A known login
   * email is that customer's request; an unknown one waits for identification (ID-INFO), and the
   * sender is asked for surname, first name and login email, never a password.
   */
  public Ticket receiveFrom(@NotNull @Valid SenderRequest request) {
    return receiveFrom(request, null, null, true);
  }

  /**
   * The same, for a request that already says who its unknown sender is (a first mail that gives
   * surname, first name and login email as the identification request asks them). Anyone can type
   * those three: when they are a customer's, the request waits until that customer confirms it
   * through a link mailed to their login address ({@link #identityGiven}); otherwise the sender is
   * asked, as any unknown sender is. A known sender's request is theirs, whatever it says, counted
   * as {@link #receive(NewRequest, boolean)} says when {@code senderProven} is false. {@code
   * givenBy} is kept with the decisions.
   */
  public Ticket receiveFrom(
      @NotNull @Valid SenderRequest request,
      @Valid GivenIdentity given,
      String givenBy,
      boolean senderProven) {
    Masked subject = SecretMasking.mask(request.subject());
    Masked body = SecretMasking.mask(request.body());
    Ticket ticket =
        receiveMasked(request.withText(subject.text(), body.text()), given, givenBy, senderProven);
    tickets.secretsMasked(ticket, body.and(subject), request.channel().name());
    return ticket;
  }

  private Ticket receiveMasked(
      SenderRequest request, GivenIdentity given, String givenBy, boolean senderProven) {
    Optional<Customer> known = customers.lockedByEmail(request.sender().email());
    if (known.isPresent()) {
      return receive(known.get(), request.from(known.get().getId()), senderProven);
    }
    Ticket ticket = tickets.openFromUnknownSender(request);
    if (given != null && identityGiven(ticket, given, givenBy)) {
      return ticket;
    }
    decisions.record(
        ticket,
        Clause.ID_INFO,
        Outcome.HELD,
        "rule:" + IdentityMatch.class.getSimpleName(),
        request.receivedAt(),
        "Expéditeur inconnu (" + request.sender().email() + ") : identification demandée.");
    tickets.tellCustomer(
        ticket,
        NoticeKind.IDENTIFICATION_REQUEST,
        IntakeNotice.identificationRequest(delays.identificationDays()));
    return ticket;
  }

  /**
   * The sender of a request awaiting identification gives surname, first name and login email, in a
   * mail from their own address. When they are a customer's, that customer is asked to confirm by a
   * link mailed to their login address, the sender is told so, and the request keeps waiting until
   * the confirmation ({@link IdentityConfirmations#confirm}); answers false when they are nobody's
   * (the request waits as before).
   */
  public boolean identityGiven(long ticketId, @NotNull @Valid GivenIdentity given, String givenBy) {
    Ticket held = ticketReads.find(ticketId).orElseThrow(() -> new TicketNotFound(ticketId));
    if (!held.can(TicketAction.IDENTIFY)) {
      throw new IllegalTransition(held.getStatus(), "identify the sender of");
    }
    return identityGiven(held, given, givenBy);
  }

  private boolean identityGiven(Ticket held, GivenIdentity given, String givenBy) {
    Optional<Customer> customer = matching(given);
    if (customer.isEmpty()) {
      decisions.record(
          held,
          Clause.ID_INFO,
          Outcome.HELD,
          givenBy,
          clock.instant(),
          "Identification non concordante : aucun client ne porte ces nom, prénom et email.");
      return false;
    }
    boolean mailed = confirmations.ask(held, customer.get(), givenBy);
    decisions.record(
        held,
        Clause.ID_INFO,
        Outcome.HELD,
        givenBy,
        clock.instant(),
        mailed
            ? "Identité d'un client donnée depuis une autre adresse : confirmation demandée au"
                + " client par un lien envoyé à son adresse de connexion."
            : "Identité d'un client donnée depuis une autre adresse : un lien de confirmation lui"
                + " a déjà été envoyé dans l'heure, aucun autre n'est envoyé (à un agent de"
                + " vérifier).");
    tickets.tellCustomer(
        held,
        NoticeKind.IDENTIFICATION_REQUEST,
        IntakeNotice.bilingual("identityToConfirm", delays.identificationDays()));
    return true;
  }

  /**
   * An agent (or the ticket API's trusted caller) gives the identity of the sender of a request
   * awaiting identification. If it is a customer's, the request continues through the rules as they
   * stood at its receipt (its clock, if it enters the queue, starts now); otherwise it keeps
   * waiting.
   */
  public Optional<Ticket> identify(
      long ticketId,
      @NotBlank String surname,
      @NotBlank String firstName,
      @NotBlank String loginEmail,
      @NotBlank String decidedBy) {
    Ticket held = ticketReads.find(ticketId).orElseThrow(() -> new TicketNotFound(ticketId));
    if (!held.can(TicketAction.IDENTIFY)) {
      throw new IllegalTransition(held.getStatus(), "identify the sender of");
    }
    Optional<Customer> customer = matching(new GivenIdentity(surname, firstName, loginEmail));
    if (customer.isEmpty()) {
      decisions.record(
          held,
          Clause.ID_INFO,
          Outcome.HELD,
          decidedBy,
          clock.instant(),
          "Identification non concordante : aucun client ne porte ces nom, prénom et email.");
      return Optional.empty();
    }
    return Optional.of(attach(held, customer.get(), decidedBy));
  }

  /**
   * The customer confirmed, through the link mailed to them, that the held request is theirs: it
   * continues as {@link #identify} makes it. Only {@link IdentityConfirmations} calls this.
   */
  public Ticket attachConfirmed(long ticketId, long customerId, @NotBlank String decidedBy) {
    Ticket held = ticketReads.find(ticketId).orElseThrow(() -> new TicketNotFound(ticketId));
    if (!held.can(TicketAction.IDENTIFY)) {
      throw new IllegalTransition(held.getStatus(), "identify the sender of");
    }
    Customer customer =
        customers.lockedById(customerId).orElseThrow(() -> new IllegalArgumentException("Unknown"));
    return attach(held, customer, decidedBy);
  }

  /** Locked as a new request of theirs locks it: an attached request joins their quota's count. */
  private Optional<Customer> matching(GivenIdentity given) {
    return customers
        .lockedByEmail(given.loginEmail())
        .filter(c -> IdentityMatch.matches(c, given.surname(), given.firstName()));
  }

  private Ticket attach(Ticket held, Customer customer, String decidedBy) {
    long ticketId = held.getId();
    Instant now = clock.instant();
    NewRequest request =
        new NewRequest(
            customer.getId(),
            held.getSubject(),
            held.getCategory(),
            held.getChannel(),
            ticketThreads.request(ticketId).getBody(),
            held.getReceivedAt());
    IntakeFacts facts = factsOf(customer, request, true);
    Verdict verdict = PIPELINE.evaluate(facts);
    decisions.record(
        held,
        Clause.ID_INFO,
        Outcome.ACCEPTED,
        decidedBy,
        now,
        "Expéditeur identifié : " + customer.fullName() + ".");
    Ticket ticket =
        tickets.identify(
            ticketId, customer, verdict.priority(), verdict.status(), facts.requestText().stored());
    record(ticket, verdict, now);
    return ticket;
  }

  /**
   * Whether the customer's next request, sent now, would be set aside for the quota (REFUSE-SPAM):
   * the portal warns them before they write it.
   */
  public boolean quotaReached(long customerId) {
    Instant now = clock.instant();
    return QuotaRule.over(
        ticketReads.receivedBetween(customerId, now.minus(Duration.ofHours(24)), now, true),
        dailyQuota);
  }

  /**
   * The customer's subscriptions changed (renewal, new pack, lapse): their tickets still in
   * progress take the priority their coverage gives now (SCOPE-PRIORITY), each change recorded.
   */
  public List<Ticket> subscriptionChanged(long customerId) {
    return subscriptionChanged(customerId, clock.instant());
  }

  /** The same, as the coverage stands at that instant (a sweep's, which may be fixed in tests). */
  public List<Ticket> subscriptionChanged(long customerId, @NotNull Instant now) {
    Customer customer =
        customers.byId(customerId).orElseThrow(() -> new IllegalArgumentException("Unknown"));
    Coverage coverage = subscriptions.coverageOf(customer, now);
    return reprioritise(ticketReads.inProgressOf(customerId), coverage, now);
  }

  private List<Ticket> reprioritise(List<Ticket> inProgress, Coverage coverage, Instant now) {
    Priority priority = priorityOf(coverage);
    List<Ticket> changed = inProgress.stream().filter(t -> t.getPriority() != priority).toList();
    for (Ticket ticket : changed) {
      ticket.prioritise(priority);
      decisions.record(
          ticket,
          Clause.SCOPE_PRIORITY,
          Outcome.PRIORITISED,
          "rule:SubscriptionChanged",
          now,
          priority == Priority.HIGH
              ? "Abonnement prioritaire ("
                  + coverage.pack().map(Pack::getNameFr).orElse("")
                  + ") : priorité haute."
              : "Plus d'abonnement prioritaire : priorité normale.");
    }
    return changed;
  }

  private static Priority priorityOf(Coverage coverage) {
    return coverage.isPriority() ? Priority.HIGH : Priority.NORMAL;
  }

  /** The facts of a request of a customer whose row the transaction locked. */
  private IntakeFacts factsOf(Customer locked, NewRequest request, boolean senderProven) {
    Instant at = request.receivedAt();
    return new IntakeFacts(
        request,
        subscriptions.coverageOf(locked, at),
        requestsWithinADayOf(locked, at, senderProven),
        dailyQuota,
        suspensions.coveringAt(locked.getId(), at).orElse(null),
        duplicates.earlierOf(locked.getId(), at),
        duplicates.threshold());
  }

  /**
   * The customer's requests saved so far and received in the 24 hours around that instant. Those
   * received after it are counted too: saved already, they went through first while this one waited
   * for the lock (requests of one burst reach it in any order), and leaving them out would let two
   * of them both be the fifth. An import dated in the past still counts only its own day's
   * requests, not today's.
   */
  private long requestsWithinADayOf(Customer locked, Instant at, boolean senderProven) {
    Duration day = Duration.ofHours(24);
    return ticketReads.receivedBetween(locked.getId(), at.minus(day), at.plus(day), senderProven);
  }

  /** Saves the rules' decisions, and applies the refusal one of them decided. */
  private void record(Ticket ticket, Verdict verdict, Instant at) {
    PolicyVersion version = versions.inForceAt(at).orElse(null);
    for (RuleDecision d : verdict.decisions()) {
      decisions.record(ticket, d.clause(), version, d.outcome(), d.rule(), at, d.detail());
    }
    if (!verdict.flags().isEmpty()) {
      Message request = ticketThreads.request(ticket.getId());
      for (RuleFlag f : verdict.flags()) {
        flags.raise(ticket, request, f.kind(), f.detail(), f.rule(), at);
      }
    }
    verdict
        .refusal()
        .ifPresent(r -> refusals.refuseByRule(ticket, r.clause(), r.rule(), r.explanation()));
    switch (ticket.getStatus()) {
      case OPEN -> slaClocks.acknowledge(ticket, NoticeKind.ACKNOWLEDGEMENT);
      case AWAITING_RENEWAL ->
          tickets.tellCustomer(
              ticket,
              NoticeKind.AWAITING_RENEWAL,
              IntakeNotice.awaitingRenewal(
                  ticket.requesterLanguage(), ticket.getReference(), delays.renewalDays()));
      case THROTTLED ->
          tickets.tellCustomer(
              ticket,
              NoticeKind.THROTTLED,
              IntakeNotice.throttled(
                  ticket.requesterLanguage(), ticket.getReference(), dailyQuota));
      default -> {}
    }
  }

  /**
   * A supervisor lets a held request (throttled, awaiting renewal) into the queue, as the policy
   * leaves it to them; the decision is recorded under the hold's clause.
   */
  @RolesAllowed("SUPERVISOR")
  public Ticket releaseByAgent(long ticketId, long expectedVersion, Account supervisor) {
    Ticket held = ticketReads.find(ticketId).orElseThrow(() -> new TicketNotFound(ticketId));
    Clause clause =
        held.getStatus() == TicketStatus.THROTTLED ? Clause.REFUSE_SPAM : Clause.ELIG_ACTIVE;
    Ticket ticket = tickets.releaseHeld(ticketId, expectedVersion);
    decisions.record(
        ticket,
        clause,
        Outcome.RELEASED,
        supervisor.getDisplayName(),
        clock.instant(),
        "Mise en file décidée par un superviseur.");
    slaClocks.acknowledge(ticket, NoticeKind.ACKNOWLEDGEMENT);
    return ticket;
  }

  /**
   * The customer's subscription was renewed: their requests awaiting renewal enter the queue, their
   * clocks starting now, with the priority the renewed subscription gives (ELIG-RENEWAL).
   */
  public List<Ticket> subscriptionRenewed(long customerId) {
    // Locked as a lapse locks it: a lapse handled at the same moment holds before this releases,
    // or sees the renewal and holds nothing.
    Customer customer =
        customers.lockedById(customerId).orElseThrow(() -> new IllegalArgumentException("Unknown"));
    Instant now = clock.instant();
    return subscriptionRenewed(customer, subscriptions.coverageOf(customer, now), now);
  }

  /**
   * The same, on billing's renewal, in its transaction: the renewal locked the customer's row and
   * computed their coverage from the history it read under that lock (it reads them once).
   */
  public void subscriptionRenewed(@Observes SubscriptionRenewed renewed) {
    subscriptionRenewed(renewed.customer(), renewed.coverage(), renewed.at())
        .forEach(ticket -> renewed.released().add(ticket.getReference()));
  }

  private List<Ticket> subscriptionRenewed(Customer locked, Coverage coverage, Instant now) {
    if (!coverage.isCovered()) {
      return List.of();
    }
    List<Ticket> inProgress = ticketReads.inProgressOf(locked.getId());
    if (inProgress.isEmpty()) {
      return List.of();
    }
    reprioritise(inProgress, coverage, now);
    Priority priority = priorityOf(coverage);
    List<Ticket> released =
        inProgress.stream().filter(t -> t.getStatus() == TicketStatus.AWAITING_RENEWAL).toList();
    for (Ticket ticket : released) {
      tickets.release(ticket, priority);
      decisions.record(
          ticket,
          Clause.ELIG_RENEWAL,
          Outcome.RELEASED,
          "rule:SubscriptionRenewed",
          now,
          "Abonnement renouvelé : la demande entre dans la file.");
      slaClocks.acknowledge(ticket, NoticeKind.RENEWAL_RELEASE);
    }
    return released;
  }
}
