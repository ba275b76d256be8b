package fr.orthocab.support.portal.tickets;

import fr.orthocab.support.intake.HoldDelays;
import fr.orthocab.support.policy.ClauseTexts;
import fr.orthocab.support.policy.Decision;
import fr.orthocab.support.policy.Decisions;
import fr.orthocab.support.sla.ServiceLevels;
import fr.orthocab.support.subscription.Coverage;
import fr.orthocab.support.subscription.Subscription;
import fr.orthocab.support.subscription.Subscriptions;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketStatus;
import fr.orthocab.support.web.LanguageSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The decisions a request's page shows its customer, in words about their request (DecisionWords),
 * each with its clause's text as the policy version it applied words it, in their language.
 */
@Named("portalDecisions")
@RequestScoped
public class TicketDecisionsBacking {
  private static final Set<TicketStatus> STOPPED =
      EnumSet.of(
          TicketStatus.AWAITING_RENEWAL,
          TicketStatus.THROTTLED,
          TicketStatus.AWAITING_IDENTIFICATION,
          TicketStatus.REFUSED);

  @Inject private ShowTicketBacking page;
  @Inject private Decisions decisions;
  @Inject private ClauseTexts clauseTexts;
  @Inject private LanguageSelection language;
  @Inject private Subscriptions subscriptions;
  @Inject private ServiceLevels serviceLevels;
  @Inject private HoldDelays delays;

  private List<CustomerDecision> shown;

  public List<CustomerDecision> getDecisions() {
    if (shown == null) {
      Ticket ticket = page.getTicket();
      List<Decision> taken = decisions.shownToCustomer(ticket.getId());
      Map<Long, String> texts = clauseTexts.ofDecisions(taken, language.getLanguage());
      List<Subscription> history =
          ticket.getCustomer() == null ? List.of() : subscriptions.historyOf(ticket.getCustomer());
      shown =
          CustomerDecision.standingFirst(
              taken.stream()
                  .map(
                      d ->
                          new CustomerDecision(
                              DecisionWords.of(facts(d, ticket, history), language.getLocale()),
                              false,
                              d.getClause().id(),
                              texts.get(d.getId()),
                              d.getPolicyLabel(),
                              d.getDecidedAt()))
                  .toList(),
              STOPPED.contains(ticket.getStatus()));
    }
    return shown;
  }

  /** The facts as they stood when the decision was taken: the coverage of that instant. */
  private DecisionFacts facts(Decision d, Ticket ticket, List<Subscription> history) {
    Coverage coverage = Coverage.at(d.getDecidedAt(), history);
    Optional<Subscription> named =
        coverage.subscription().or(() -> coverage.endedLast()).or(() -> coverage.latest());
    return new DecisionFacts(
        d.getClause(),
        d.getOutcome(),
        named.map(s -> s.getPack().name(language.getLanguage())).orElse(null),
        coverage.isPriority(),
        coverage.isCovered() ? null : coverage.endedLast().map(Subscription::lastDay).orElse(null),
        coverage.pack().map(p -> serviceLevels.forPack(p).getObjectiveMinutes()).orElse(null),
        ticket.getStatus() == TicketStatus.MERGED,
        delays.renewalDays());
  }
}
