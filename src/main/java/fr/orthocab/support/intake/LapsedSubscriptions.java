package fr.orthocab.support.intake;

import fr.orthocab.support.policy.Clause;
import fr.orthocab.support.policy.Decisions;
import fr.orthocab.support.policy.Outcome;
import fr.orthocab.support.policy.PolicyVersion;
import fr.orthocab.support.policy.PolicyVersions;
import fr.orthocab.support.subscription.Subscription;
import fr.orthocab.support.subscription.SubscriptionLapsed;
import fr.orthocab.support.ticket.NoticeKind;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketReads;
import fr.orthocab.support.ticket.TicketStatus;
import fr.orthocab.support.ticket.TicketThreads;
import fr.orthocab.support.ticket.Tickets;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/**
 * Customers whose subscription lapsed (ELIG-ACTIVE), as {@link SubscriptionLapsed} tells it, in the
 * transaction that claimed the end: when nothing else covers the customer, their requests in
 * progress other than renewal questions wait for the renewal, clock stopped, and the customer is
 * told on each; priorities follow the coverage left (SCOPE-PRIORITY) in any case.
 */
@Stateless
public class LapsedSubscriptions {
  static final String RULE = "rule:SubscriptionLapse";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /**
   * Requests someone works on. A resolved one is left alone: no clock runs on it, and holding it
   * would end in a refusal of a request already answered; if the customer writes again, it reopens.
   */
  private static final Set<TicketStatus> IN_PROGRESS =
      Set.of(TicketStatus.OPEN, TicketStatus.WAITING_ON_CUSTOMER);

  @Inject private Tickets tickets;
  @Inject private TicketReads ticketReads;
  @Inject private TicketThreads ticketThreads;
  @Inject private Decisions decisions;
  @Inject private PolicyVersions versions;
  @Inject private Intake intake;

  @Inject private HoldDelays delays;

  /**
   * Holds the requests of a customer covered by nothing that were received under the ended
   * coverage. Requests received after the lapse went through intake knowing it: one of them in
   * progress is a renewal question or was let in by a supervisor, and stays so.
   */
  public void hold(@Observes SubscriptionLapsed lapsed) {
    long customerId = lapsed.customer().getId();
    Instant now = lapsed.at();
    if (lapsed.uncovered()) {
      Subscription ended = lapsed.coverage().endedLast().orElseThrow();
      PolicyVersion version = versions.inForceAt(now).orElse(null);
      for (Ticket ticket :
          ticketReads.ofCustomerIn(customerId, IN_PROGRESS, ended.coveredUntil())) {
        if (!isRenewalQuestion(ticket)) {
          hold(ticket, ended, version, now);
          lapsed.held().add(ticket.getReference());
        }
      }
    }
    intake.subscriptionChanged(customerId, now);
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
