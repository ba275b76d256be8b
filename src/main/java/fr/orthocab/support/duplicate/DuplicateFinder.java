package fr.orthocab.support.duplicate;

import fr.orthocab.support.text.FrenchText;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How alike two requests of one customer read: the cosine of their notions, the words of every
 * request (toujours, problème, patient...) weighing little; a follow-up of the earlier request
 * ("toujours", "je relance") sharing a notion with it reads closer, a new problem announced as such
 * or a how-to question after a problem report reads further. The same problem asked twice scores
 * high; the same area with another problem, low.
 */
public final class DuplicateFinder {
  /** Above this a request is a probable duplicate, unless a setting says otherwise. */
  public static final double DEFAULT_THRESHOLD = 0.35;

  private static final double FOLLOW_UP_BONUS = 0.25;
  private static final double NEW_QUESTION_FACTOR = 0.5;
  private static final double COMMON_WEIGHT = 0.25;

  /**
   * Words found in requests about anything: they say little about which problem it is. Written as
   * customers write them and analysed like the requests, so that they meet their stems.
   */
  private static final Set<String> COMMON =
      Set.copyOf(
          FrenchText.analysis()
              .terms(
                  "problème toujours encore impossible marche fonctionne plus depuis patient"
                      + " Orthocab compte faire peux pouvez demande réponse question ça bien rien"
                      + " hier matin jour aucun pourtant alors fois relance possible trouve arrive"
                      + " affiche voir vois erreur bug souci help again still any new hello hi"
                      + " thanks"));

  private DuplicateFinder() {}

  /** A request of the customer's to compare with, already read. */
  public record Earlier(long ticketId, String reference, RequestText text) {}

  /** The earlier request the new one most likely repeats, with its score. */
  public record Match(long ticketId, String reference, double score) {}

  public static double similarity(RequestText first, RequestText second) {
    List<String> shared = second.sharedWith(first);
    double dot = 0;
    for (String notion : shared) {
      dot += weight(notion);
    }
    double norms = Math.sqrt(norm(first) * norm(second));
    double score = norms == 0 ? 0 : dot / norms;
    if (second.announcesNew()) {
      return 0;
    }
    boolean substantive = shared.stream().anyMatch(n -> weight(n) == 1);
    if (second.followUp() && substantive) {
      score += FOLLOW_UP_BONUS;
    } else if (second.asks() && !first.asks()) {
      score *= NEW_QUESTION_FACTOR;
    }
    return Math.min(1, score);
  }

  /** The earlier request that scores highest at the threshold or above, if any. */
  public static Optional<Match> best(RequestText request, List<Earlier> earlier, double threshold) {
    Match best = null;
    for (Earlier e : earlier) {
      double score = similarity(e.text(), request);
      if (score >= threshold && (best == null || score > best.score())) {
        best = new Match(e.ticketId(), e.reference(), score);
      }
    }
    return Optional.ofNullable(best);
  }

  private static double norm(RequestText text) {
    double sum = 0;
    for (String notion : text.notions()) {
      sum += weight(notion);
    }
    return sum;
  }

  private static double weight(String notion) {
    return COMMON.contains(notion) ? COMMON_WEIGHT : 1;
  }
}
