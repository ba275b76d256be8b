package fr.orthocab.support.queueview;

import fr.orthocab.support.ticket.TicketQueue;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many requests each view finds now for an agent: one count query a view, through the queue's
 * own filters, so that a count and the rows of its view cannot disagree. All in one transaction,
 * when the queue's page is opened or reloaded (BENCHMARKS.md has what it costs).
 */
@Stateless
public class ViewCounts {
  @Inject private TicketQueue queue;

  /** Each built-in view's count and each of these saved views', by key. */
  public Map<String, Integer> count(List<SavedView> saved, String myEmail) {
    Map<String, ViewCriteria> views = new LinkedHashMap<>();
    BuiltInView.views().forEach(v -> views.put(v.key(), v.criteria()));
    saved.forEach(v -> views.put(v.key(), v.criteria()));
    return count(views, myEmail);
  }

  /** Each view's count, by its key, in the order given. */
  public Map<String, Integer> count(Map<String, ViewCriteria> views, String myEmail) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    views.forEach((key, criteria) -> counts.put(key, queue.count(criteria.filter(myEmail))));
    return counts;
  }
}
