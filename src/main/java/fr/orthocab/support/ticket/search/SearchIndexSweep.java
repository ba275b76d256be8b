package fr.orthocab.support.ticket.search;

import fr.orthocab.support.platform.Cadence;
import fr.orthocab.support.platform.DatabaseMigrations;
import fr.orthocab.support.ticket.SearchDocuments;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Every minute ({@link Cadence.Job#SEARCH_INDEX_SWEEP}), on every node: indexes the tickets written
 * before search existed (or whose analysis changed), a batch a transaction until none waits. Each
 * row is locked while it is written (see {@link SearchDocuments#indexPending}), so nodes sweeping
 * together write each document once.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndexSweep {
  private static final Logger LOG = Logger.getLogger(SearchIndexSweep.class.getName());
  private static final int BATCH = 200;

  @Inject private SearchDocuments documents;
  @Inject private DatabaseMigrations migrations;
  @Inject private Cadence cadence;
  @Resource private TimerService timers;

  @PostConstruct
  void startTimer() {
    cadence.start(timers, Cadence.Job.SEARCH_INDEX_SWEEP);
  }

  @Timeout
  public void sweep() {
    if (!migrations.applied()) {
      return;
    }
    int total = 0;
    for (int written = documents.indexPending(BATCH);
        written > 0;
        written = documents.indexPending(BATCH)) {
      total += written;
    }
    if (total > 0) {
      int indexed = total;
      LOG.info(() -> "Search: " + indexed + " tickets indexed");
    }
  }
}
