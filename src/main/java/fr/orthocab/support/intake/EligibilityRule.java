package fr.orthocab.support.intake;

import static fr.orthocab.support.platform.ClockProducer.PARIS;

import fr.orthocab.support.policy.Clause;
import fr.orthocab.support.policy.Outcome;
import fr.orthocab.support.subscription.Subscription;
import fr.orthocab.support.ticket.TicketStatus;
import java.time.format.DateTimeFormatter;

/**
 * ELIG-ACTIVE / ELIG-RENEWAL: support needs an active subscription at the request's receipt, except
 * for questions about renewing it; other requests of a lapsed customer wait for the renewal.
 */
class EligibilityRule implements IntakeRule {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Override
  public void apply(IntakeFacts facts, Verdict verdict) {
    if (facts.coverage().isCovered()) {
      Subscription active = facts.coverage().getActive();
      verdict.decide(
          name(),
          Clause.ELIG_ACTIVE,
          Outcome.ACCEPTED,
          "Abonnement actif : "
              + active.getPack().getNameFr()
              + " jusqu'au "
              + DAY.format(active.getPeriodEnd()));
      return;
    }
    boolean renewal =
        RenewalQuestion.isAbout(
            facts.request().category(), facts.request().subject(), facts.request().body());
    if (renewal) {
      verdict.decide(
          name(),
          Clause.ELIG_RENEWAL,
          Outcome.ACCEPTED,
          "Aucun abonnement actif, mais la demande porte sur le renouvellement : acceptée.");
    } else {
      verdict.hold(TicketStatus.AWAITING_RENEWAL);
      verdict.decide(
          name(),
          Clause.ELIG_ACTIVE,
          Outcome.HELD,
          "Aucun abonnement actif le "
              + DAY.format(facts.request().receivedAt().atZone(PARIS))
              + " : en attente du renouvellement.");
    }
  }
}
