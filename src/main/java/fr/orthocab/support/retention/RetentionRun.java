package fr.orthocab.support.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One day's run of the retention sweep: claimed by inserting it (the day is unique), then given
 * what it purged of each kind when it ends; {@code complete} is false when it stopped at its time
 * bound with work left, which the next day's run goes on with.
 */
@Entity
@Table(name = "retention_run")
public class RetentionRun implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(
      name = "retention_run_seq",
      sequenceName = "retention_run_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "retention_run_seq")
  private Long id;

  @Column(name = "run_day", nullable = false, unique = true, updatable = false)
  private LocalDate runDay;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "requests", nullable = false)
  private int requests;

  @Column(name = "messages", nullable = false)
  private int messages;

  @Column(name = "sent_mails", nullable = false)
  private int sentMails;

  @Column(name = "files", nullable = false)
  private int files;

  @Column(name = "raw_mails", nullable = false)
  private int rawMails;

  @Column(name = "webhook_bodies", nullable = false)
  private int webhookBodies;

  @Column(name = "audit_entries", nullable = false)
  private int auditEntries;

  @Column(name = "staff_reads", nullable = false)
  private int staffReads;

  @Column(name = "complete", nullable = false)
  private boolean complete;

  protected RetentionRun() {}

  RetentionRun(LocalDate runDay, Instant startedAt) {
    this.runDay = Objects.requireNonNull(runDay, "runDay");
    this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
  }

  /** The run ends with what it purged. */
  void finished(Purged purged, boolean complete, Instant at) {
    this.requests = purged.requests();
    this.messages = purged.messages();
    this.sentMails = purged.sentMails();
    this.files = purged.files();
    this.rawMails = purged.rawMails();
    this.webhookBodies = purged.webhookBodies();
    this.auditEntries = purged.auditEntries();
    this.staffReads = purged.staffReads();
    this.complete = complete;
    this.finishedAt = Objects.requireNonNull(at, "at");
  }

  public Long getId() {
    return id;
  }

  public LocalDate getRunDay() {
    return runDay;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public boolean isComplete() {
    return complete;
  }

  /** What the run purged, zero each while it runs. */
  public Purged getPurged() {
    return new Purged(
        requests, messages, sentMails, files, rawMails, webhookBodies, auditEntries, staffReads);
  }
}
