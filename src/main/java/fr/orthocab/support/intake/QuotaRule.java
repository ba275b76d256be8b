package fr.orthocab.support.intake;

import fr.orthocab.support.policy.Clause;
import fr.orthocab.support.policy.Outcome;
import fr.orthocab.support.ticket.TicketStatus;

/** REFUSE-SPAM: over the customer's quota of new requests in any 24 hours, the request waits. */
class QuotaRule implements IntakeRule {
  @Override
  public void apply(IntakeFacts facts, Verdict verdict) {
    long rank = facts.requestsWithinADay() + 1;
    if (over(facts.requestsWithinADay(), facts.dailyQuota())) {
      verdict.hold(TicketStatus.THROTTLED);
      verdict.decide(
          name(),
          Clause.REFUSE_SPAM,
          Outcome.THROTTLED,
          rank
              + "e demande en 24 h (limite : "
              + facts.dailyQuota()
              + ") : mise de côté pour un superviseur.");
    }
  }

  /** Whether a request that follows that many within 24 hours is over the quota. */
  static boolean over(long requestsWithinADay, int dailyQuota) {
    return requestsWithinADay + 1 > dailyQuota;
  }
}
