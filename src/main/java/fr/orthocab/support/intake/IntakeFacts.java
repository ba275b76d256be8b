package fr.orthocab.support.intake;

import fr.orthocab.support.refusal.Suspension;
import fr.orthocab.support.screening.Screening;
import fr.orthocab.support.subscription.Coverage;
import fr.orthocab.support.ticket.NewRequest;

/**
 * What the rules look at, as the world was at the request's receipt: the request, the customer's
 * coverage then, how many requests they had sent in the 24 hours before, and the suspension of
 * their support that covered that instant (null when none did).
 */
public record IntakeFacts(
    NewRequest request,
    Coverage coverage,
    long requestsInLastDay,
    int dailyQuota,
    Suspension suspension) {

  /** Facts of a customer whose support was not suspended at the request's receipt. */
  public IntakeFacts(
      NewRequest request, Coverage coverage, long requestsInLastDay, int dailyQuota) {
    this(request, coverage, requestsInLastDay, dailyQuota, null);
  }

  /** What the desk reads in the request's subject and body (read on each call: keep the result). */
  public Screening screening() {
    return Screening.of(request.subject(), request.body());
  }
}
