package fr.orthocab.support.intake;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Customers;
import fr.orthocab.support.policy.Clause;
import fr.orthocab.support.policy.Decisions;
import fr.orthocab.support.policy.Outcome;
import fr.orthocab.support.subscription.Coverage;
import fr.orthocab.support.subscription.Subscriptions;
import fr.orthocab.support.ticket.NewRequest;
import fr.orthocab.support.ticket.Priority;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketNotFound;
import fr.orthocab.support.ticket.TicketStatus;
import fr.orthocab.support.ticket.Tickets;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
  @Inject private Decisions decisions;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "app.intake.daily-quota", defaultValue = "5")
  private int dailyQuota;

  public Ticket receive(@NotNull @Valid NewRequest request) {
    Customer customer =
        customers
            .byId(request.customerId())
            .orElseThrow(() -> new IllegalArgumentException("Unknown customer"));
    Instant at = request.receivedAt();
    IntakeFacts facts =
        new IntakeFacts(
            request,
            subscriptions.coverageOf(customer, at),
            tickets.receivedSince(customer.getId(), at.minus(Duration.ofHours(24))),
            dailyQuota);
    Verdict verdict = PIPELINE.evaluate(facts);
    Ticket ticket = tickets.open(request, verdict.priority(), verdict.status());
    for (RuleDecision d : verdict.decisions()) {
      decisions.record(ticket, d.clause(), d.outcome(), d.rule(), at, d.detail());
    }
    return ticket;
  }

  /** An agent lets a held request into the queue; the decision is recorded under its clause. */
  public Ticket releaseByAgent(long ticketId, long expectedVersion, Account agent) {
    Ticket held = tickets.find(ticketId).orElseThrow(() -> new TicketNotFound(ticketId));
    Clause clause =
        held.getStatus() == TicketStatus.THROTTLED ? Clause.REFUSE_SPAM : Clause.ELIG_ACTIVE;
    Ticket ticket = tickets.changeStatus(ticketId, expectedVersion, TicketStatus.OPEN);
    decisions.record(
        ticket,
        clause,
        Outcome.RELEASED,
        agent.getDisplayName(),
        clock.instant(),
        "Mise en file décidée par un agent.");
    return ticket;
  }

  /**
   * The customer's subscription was renewed: their requests awaiting renewal enter the queue, their
   * clocks starting now, with the priority the renewed subscription gives (ELIG-RENEWAL).
   */
  public List<Ticket> subscriptionRenewed(long customerId) {
    Instant now = clock.instant();
    Customer customer =
        customers.byId(customerId).orElseThrow(() -> new IllegalArgumentException("Unknown"));
    Coverage coverage = subscriptions.coverageOf(customer, now);
    if (!coverage.isCovered()) {
      return List.of();
    }
    Priority priority = coverage.isPriority() ? Priority.HIGH : Priority.NORMAL;
    List<Ticket> released = tickets.heldOf(customerId, TicketStatus.AWAITING_RENEWAL);
    for (Ticket ticket : released) {
      tickets.release(ticket.getId(), priority);
      decisions.record(
          ticket,
          Clause.ELIG_RENEWAL,
          Outcome.RELEASED,
          "rule:SubscriptionRenewed",
          now,
          "Abonnement renouvelé : la demande entre dans la file.");
    }
    return released;
  }
}
