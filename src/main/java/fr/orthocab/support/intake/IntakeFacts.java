package fr.orthocab.support.intake;

import fr.orthocab.support.duplicate.DuplicateFinder;
import fr.orthocab.support.duplicate.RequestText;
import fr.orthocab.support.refusal.Suspension;
import fr.orthocab.support.screening.Screening;
import fr.orthocab.support.subscription.Coverage;
import fr.orthocab.support.ticket.NewRequest;
import java.util.List;
import java.util.Optional;

/**
 * What the rules look at, as the world was at the request's receipt: the request, the customer's
 * coverage then, how many requests they had sent in the 24 hours before, and the suspension of
 * their support that covered that instant (null when none did), and their requests it may repeat
 * with the score from which it does.
 */
public record IntakeFacts(
    NewRequest request,
    Coverage coverage,
    long requestsInLastDay,
    int dailyQuota,
    Suspension suspension,
    List<DuplicateFinder.Earlier> earlier,
    double duplicateThreshold) {

  public IntakeFacts {
    earlier = earlier == null ? List.of() : List.copyOf(earlier);
  }

  /** Facts of a customer with no earlier request to compare with. */
  public IntakeFacts(
      NewRequest request,
      Coverage coverage,
      long requestsInLastDay,
      int dailyQuota,
      Suspension suspension) {
    this(
        request,
        coverage,
        requestsInLastDay,
        dailyQuota,
        suspension,
        List.of(),
        DuplicateFinder.DEFAULT_THRESHOLD);
  }

  /** Facts of a customer whose support was not suspended at the request's receipt. */
  public IntakeFacts(
      NewRequest request, Coverage coverage, long requestsInLastDay, int dailyQuota) {
    this(request, coverage, requestsInLastDay, dailyQuota, null);
  }

  /** What the desk reads in the request's subject and body (read on each call: keep the result). */
  public Screening screening() {
    return Screening.of(request.subject(), request.body());
  }

  /** The earlier request this one most likely repeats, if one reads close enough. */
  public Optional<DuplicateFinder.Match> duplicateOf() {
    if (earlier.isEmpty()) {
      return Optional.empty();
    }
    return DuplicateFinder.best(
        RequestText.of(request.subject(), request.body()), earlier, duplicateThreshold);
  }
}
