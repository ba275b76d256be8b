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
 * coverage then, how many of their requests were saved before it within 24 hours of it (those
 * before it, and those of the same burst that went through first), and the suspension of their
 * support that covered that instant (null when none did), and their requests it may repeat with the
 * score from which it does. The request's text is read once, here, for every rule that looks at it
 * and for the ticket that keeps its notions. A class, not a record, for that reason.
 */
public final class IntakeFacts {
  private final NewRequest request;
  private final Coverage coverage;
  private final long requestsWithinADay;
  private final int dailyQuota;
  private final Suspension suspension;
  private final List<DuplicateFinder.Earlier> earlier;
  private final double duplicateThreshold;
  private final RequestText requestText;
  private Screening screening;

  public IntakeFacts(
      NewRequest request,
      Coverage coverage,
      long requestsWithinADay,
      int dailyQuota,
      Suspension suspension,
      List<DuplicateFinder.Earlier> earlier,
      double duplicateThreshold) {
    this.request = request;
    this.coverage = coverage;
    this.requestsWithinADay = requestsWithinADay;
    this.dailyQuota = dailyQuota;
    this.suspension = suspension;
    this.earlier = earlier == null ? List.of() : List.copyOf(earlier);
    this.duplicateThreshold = duplicateThreshold;
    this.requestText = RequestText.of(request.subject(), request.body());
  }

  /** Facts of a customer with no earlier request to compare with. */
  public IntakeFacts(
      NewRequest request,
      Coverage coverage,
      long requestsWithinADay,
      int dailyQuota,
      Suspension suspension) {
    this(
        request,
        coverage,
        requestsWithinADay,
        dailyQuota,
        suspension,
        List.of(),
        DuplicateFinder.DEFAULT_THRESHOLD);
  }

  /** Facts of a customer whose support was not suspended at the request's receipt. */
  public IntakeFacts(
      NewRequest request, Coverage coverage, long requestsWithinADay, int dailyQuota) {
    this(request, coverage, requestsWithinADay, dailyQuota, null);
  }

  public NewRequest request() {
    return request;
  }

  public Coverage coverage() {
    return coverage;
  }

  public long requestsWithinADay() {
    return requestsWithinADay;
  }

  public int dailyQuota() {
    return dailyQuota;
  }

  public Suspension suspension() {
    return suspension;
  }

  public List<DuplicateFinder.Earlier> earlier() {
    return earlier;
  }

  public double duplicateThreshold() {
    return duplicateThreshold;
  }

  /** The request as the duplicate check compares it, and as its ticket keeps it. */
  public RequestText requestText() {
    return requestText;
  }

  /**
   * What the desk reads in the request's subject and body, read when a rule first asks: a request
   * refused by an earlier rule is never screened.
   */
  public Screening screening() {
    if (screening == null) {
      screening = Screening.of(request.subject(), request.body());
    }
    return screening;
  }

  /** The earlier request this one most likely repeats, if one reads close enough. */
  public Optional<DuplicateFinder.Match> duplicateOf() {
    if (earlier.isEmpty()) {
      return Optional.empty();
    }
    return DuplicateFinder.best(requestText, earlier, duplicateThreshold);
  }
}
