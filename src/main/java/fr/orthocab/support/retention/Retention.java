package fr.orthocab.support.retention;

import fr.orthocab.support.attachment.FileRetention;
import fr.orthocab.support.audit.AuditRetention;
import fr.orthocab.support.billing.FailedCallRetention;
import fr.orthocab.support.mail.inbound.RawMailRetention;
import fr.orthocab.support.mail.outbox.SentCopyRetention;
import fr.orthocab.support.platform.ClockProducer;
import fr.orthocab.support.reads.ReadRetention;
import fr.orthocab.support.ticket.ContentRetention;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Entry point of retention: once a day, across all nodes, purges what has outlived its period
 * ({@link RetentionPolicy}). Each kind is purged by the capability that owns its table, in batches
 * of at most {@link #BATCH} rows, each batch its own transaction, so that no lock is held long and
 * a crash loses one batch's work at most; the run stops at {@link #TIME_BOUND} and the next day's
 * goes on. What it purged is recorded in the day's {@link RetentionRun}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Retention {
  private static final Logger LOG = Logger.getLogger(Retention.class.getName());
  static final int BATCH = 500;
  static final int REQUESTS_BATCH = 100;
  static final Duration TIME_BOUND = Duration.ofMinutes(20);

  @Inject private RetentionRuns runs;
  @Inject private RetentionSettings settings;
  @Inject private ContentRetention content;
  @Inject private SentCopyRetention sentCopies;
  @Inject private FileRetention files;
  @Inject private RawMailRetention rawMails;
  @Inject private FailedCallRetention failedCalls;
  @Inject private AuditRetention audit;
  @Inject private ReadRetention reads;
  @Inject private Clock clock;

  /** Today's run (Paris day), unless another node or an earlier sweep ran it. */
  public Optional<RetentionRun> sweep() {
    return sweep(LocalDate.now(clock.withZone(ClockProducer.PARIS)));
  }

  /** The run of that day, if this call claims it; empty when it was claimed already. */
  public Optional<RetentionRun> sweep(LocalDate day) {
    Instant started = clock.instant();
    Optional<Long> claimed;
    try {
      claimed = runs.claim(day, started);
    } catch (EJBException e) {
      LOG.log(Level.FINE, "Retention run of " + day + " claimed by another node", e);
      return Optional.empty();
    }
    if (claimed.isEmpty()) {
      return Optional.empty();
    }
    RetentionPolicy policy = settings.policy();
    RetentionPolicy.Cutoffs cut = policy.cutoffs(started);
    String marker = policy.contentMarker();
    Batches batches = new Batches(started.plus(TIME_BOUND));

    int[] messages = {0};
    int requests =
        batches.drain(
            REQUESTS_BATCH,
            () -> {
              ContentRetention.Purged done =
                  content.purgeClosedBefore(
                      cut.closedContent(), marker, clock.instant(), REQUESTS_BATCH);
              messages[0] += done.messages();
              return done.requests();
            });
    int sentMails =
        batches.drain(BATCH, () -> sentCopies.purgeSentBefore(cut.closedContent(), marker, BATCH));
    int attached =
        batches.drain(BATCH, () -> files.purgeAttachedBefore(cut.files(), clock.instant(), BATCH));
    int mailed =
        batches.drain(
            BATCH, () -> rawMails.purgeFilesReceivedBefore(cut.files(), clock.instant(), BATCH));
    int raw = batches.drain(BATCH, () -> rawMails.purgeReceivedBefore(cut.rawMails(), BATCH));
    int bodies =
        batches.drain(BATCH, () -> failedCalls.purgeReceivedBefore(cut.webhookBodies(), BATCH));
    int entries = batches.drain(BATCH, () -> audit.deleteBefore(cut.audit(), BATCH));
    int staffReads = batches.drain(BATCH, () -> reads.deleteBefore(cut.audit(), BATCH));
    Purged purged =
        new Purged(
            requests, messages[0], sentMails, attached + mailed, raw, bodies, entries, staffReads);
    RetentionRun run = runs.finish(claimed.get(), purged, batches.complete, clock.instant());
    LOG.info(() -> "Retention run of " + day + ": " + purged);
    return Optional.of(run);
  }

  /**
   * Runs batches of one kind until one comes back short (nothing left) or the run's time is up; a
   * kind stopped by the time leaves the run incomplete, and later kinds wait for the next run.
   */
  private final class Batches {
    private final Instant deadline;
    private boolean complete = true;

    Batches(Instant deadline) {
      this.deadline = deadline;
    }

    int drain(int size, IntSupplier batch) {
      int total = 0;
      while (complete) {
        int done = batch.getAsInt();
        total += done;
        if (done < size) {
          break;
        }
        complete = clock.instant().isBefore(deadline);
      }
      return total;
    }
  }
}
