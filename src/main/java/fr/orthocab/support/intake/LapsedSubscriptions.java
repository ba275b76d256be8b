package fr.orthocab.support.intake;

import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Customers;
import fr.orthocab.support.policy.Clause;
import fr.orthocab.support.policy.Decisions;
import fr.orthocab.support.policy.Outcome;
import fr.orthocab.support.policy.PolicyVersion;
import fr.orthocab.support.policy.PolicyVersions;
import fr.orthocab.support.subscription.Coverage;
import fr.orthocab.support.subscription.Subscription;
import fr.orthocab.support.subscription.Subscriptions;
import fr.orthocab.support.ticket.NoticeKind;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketReads;
import fr.orthocab.support.ticket.TicketStatus;
import fr.orthocab.support.ticket.TicketThreads;
import fr.orthocab.support.ticket.Tickets;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Subscriptions that end (ELIG-ACTIVE): when nothing else covers the customer, their requests in
 * progress other than renewal questions wait for the renewal, clock stopped, and the customer is
 * told on each; priorities follow the coverage left (SCOPE-PRIORITY). Each end is claimed in the
 * database, in the transaction that acts on it, so that nodes sweeping together act once.
 */
@Stateless
public class LapsedSubscriptions {
  static final String RULE = "rule:SubscriptionLapse";
  private static final Logger LOG = Logger.getLogger(LapsedSubscriptions.class.getName());
  private static final int BATCH = 100;
  private static final int MAX_BATCHES = 50;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /**
   * Requests someone works on. A resolved one is left alone: no clock runs on it, and holding it
   * would end in a refusal of a request already answered; if the customer writes again, it reopens.
   */
  private static final Set<TicketStatus> IN_PROGRESS =
      Set.of(TicketStatus.OPEN, TicketStatus.WAITING_ON_CUSTOMER);

  @Inject private Subscriptions subscriptions;
  @Inject private Customers customers;
  @Inject private Tickets tickets;
  @Inject private TicketReads ticketReads;
  @Inject private TicketThreads ticketThreads;
  @Inject private Decisions decisions;
  @Inject private PolicyVersions versions;
  @Inject private Intake intake;
  @Resource private SessionContext context;

  @Inject private HoldDelays delays;

  /** Customers with an end to handle at that instant, a batch at most. */
  public List<Long> due(Instant now) {
    return subscriptions.customersWithEndsToHandle(now, BATCH);
  }

  /**
   * Handles every end due at that instant, each customer in a transaction of their own; answers how
   * many requests were held. A customer another node holds is left to the next sweep.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int sweepAt(Instant now) {
    LapsedSubscriptions self = context.getBusinessObject(LapsedSubscriptions.class);
    int held = 0;
    for (int batch = 0; batch < MAX_BATCHES; batch++) {
      List<Long> due = due(now);
      int handled = 0;
      for (long customerId : due) {
        try {
          held += self.handle(customerId, now).size();
          handled++;
        } catch (EJBException e) {
          LOG.log(Level.FINE, "Customer " + customerId + " busy elsewhere, left to next sweep", e);
        }
      }
      if (due.size() < BATCH || handled == 0) {
        break;
      }
    }
    return held;
  }

  /**
   * Claims the customer's subscription ends due at that instant and, if they are covered by nothing
   * then, holds their requests that were received under the ended coverage; answers the requests
   * held (none when another node claimed the ends, or when a renewal in time covers the customer).
   * Requests received after the lapse went through intake knowing it: one of them in progress is a
   * renewal question or was let in by a supervisor, and stays so.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Ticket> handle(long customerId, Instant now) {
    Customer customer =
        customers.lockedById(customerId).orElseThrow(() -> new IllegalArgumentException("Unknown"));
    if (subscriptions.claimEnds(customerId, now) == 0) {
      return List.of();
    }
    Coverage coverage = subscriptions.coverageOf(customer, now);
    List<Ticket> held = new ArrayList<>();
    Subscription ended = coverage.endedLast().orElse(null);
    if (!coverage.isCovered() && ended != null) {
      PolicyVersion version = versions.inForceAt(now).orElse(null);
      for (Ticket ticket :
          ticketReads.ofCustomerIn(customerId, IN_PROGRESS, ended.coveredUntil())) {
        if (!isRenewalQuestion(ticket)) {
          hold(ticket, ended, version, now);
          held.add(ticket);
        }
      }
    }
    intake.subscriptionChanged(customerId, now);
    return held;
  }

  private boolean isRenewalQuestion(Ticket ticket) {
    return RenewalQuestion.isAbout(
        ticket.getCategory(), ticket.getSubject(), ticketThreads.request(ticket.getId()).getBody());
  }

  private void hold(Ticket ticket, Subscription ended, PolicyVersion version, Instant now) {
    tickets.holdForRenewal(ticket, now);
    decisions.record(
        ticket,
        Clause.ELIG_ACTIVE,
        version,
        Outcome.HELD,
        RULE,
        now,
        "Abonnement "
            + ended.getPack().getNameFr()
            + " terminé le "
            + DAY.format(ended.lastDay())
            + " sans autre abonnement actif : en attente du renouvellement.");
    tickets.tellCustomer(
        ticket,
        NoticeKind.LAPSE,
        IntakeNotice.lapse(
            ticket.requesterLanguage(),
            ended.getPack().name(ticket.requesterLanguage()),
            ended.lastDay(),
            ticket.getReference(),
            delays.renewalDays()));
  }
}
