package fr.orthocab.support.reads;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The reads recorded in the last minutes on this node, so that reloading a ticket's page (every
 * action of an agent does) is not one row each time. Held in memory: another node, or a restart,
 * records the read once more, which is harmless.
 */
@ApplicationScoped
public class RecentReads {
  static final Duration QUIET = Duration.ofMinutes(5);
  private static final int MAX_REMEMBERED = 10_000;

  private final Map<String, Instant> lastRecorded = new ConcurrentHashMap<>();

  /** Whether that read was recorded lately; if not, it counts as recorded now. */
  boolean seenLately(String reader, ReadKind kind, long subjectId, Instant now) {
    if (lastRecorded.size() > MAX_REMEMBERED) {
      lastRecorded.clear();
    }
    String key = kind + ":" + subjectId + ":" + reader;
    Instant before = lastRecorded.get(key);
    if (before != null && before.plus(QUIET).isAfter(now) && !before.isAfter(now)) {
      return true;
    }
    lastRecorded.put(key, now);
    return false;
  }
}
