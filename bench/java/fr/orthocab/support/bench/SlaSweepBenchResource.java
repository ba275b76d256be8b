package fr.orthocab.support.bench;

import fr.orthocab.support.sla.DueSlaEvents;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Locale;

/**
 * Benchmark build only (bench/sla-sweep.sh): one SLA sweep at a given instant, timed around the
 * entry point, outside any transaction, as the every-minute timer calls it.
 */
@Path("bench/sla-sweep")
@RequestScoped
public class SlaSweepBenchResource {
  @Inject private DueSlaEvents dueEvents;

  /** Answers "elapsed-ms events", e.g. "412.7 1000". */
  @POST
  @Produces(MediaType.TEXT_PLAIN)
  public String sweep(@QueryParam("now") String now) {
    Instant at = Instant.parse(now);
    long start = System.nanoTime();
    int events = dueEvents.recordAt(at);
    long elapsed = System.nanoTime() - start;
    return String.format(Locale.ROOT, "%.1f %d", elapsed / 1e6, events);
  }
}
