package fr.orthocab.support.duplicate;

import fr.orthocab.support.ticket.Ticket;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A merge on record: which request went into which, who merged it, when, and what moved. */
@Entity
@Table(name = "ticket_merge")
public class TicketMerge implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(
      name = "ticket_merge_seq",
      sequenceName = "ticket_merge_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_merge_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "duplicate_id", nullable = false, unique = true)
  private Ticket duplicate;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "original_id", nullable = false)
  private Ticket original;

  @Column(name = "merged_by", nullable = false)
  private String mergedBy;

  @Column(name = "merged_at", nullable = false)
  private Instant mergedAt;

  @Column(name = "moved_messages", nullable = false)
  private int movedMessages;

  @Column(name = "moved_decisions", nullable = false)
  private int movedDecisions;

  @Column(name = "moved_flags", nullable = false)
  private int movedFlags;

  @Column(name = "moved_mails", nullable = false)
  private int movedMails;

  @Column(name = "moved_sla_events", nullable = false)
  private int movedSlaEvents;

  protected TicketMerge() {}

  public TicketMerge(
      Ticket duplicate,
      Ticket original,
      String mergedBy,
      Instant mergedAt,
      int movedMessages,
      int movedDecisions,
      int movedFlags,
      int movedMails,
      int movedSlaEvents) {
    this.duplicate = Objects.requireNonNull(duplicate, "duplicate");
    this.original = Objects.requireNonNull(original, "original");
    if (mergedBy == null || mergedBy.isBlank()) {
      throw new IllegalArgumentException("A merge names who merged");
    }
    this.mergedBy = mergedBy;
    this.mergedAt = Objects.requireNonNull(mergedAt, "mergedAt");
    this.movedMessages = movedMessages;
    this.movedDecisions = movedDecisions;
    this.movedFlags = movedFlags;
    this.movedMails = movedMails;
    this.movedSlaEvents = movedSlaEvents;
  }

  public Long getId() {
    return id;
  }

  public Ticket getDuplicate() {
    return duplicate;
  }

  public Ticket getOriginal() {
    return original;
  }

  public String getMergedBy() {
    return mergedBy;
  }

  public Instant getMergedAt() {
    return mergedAt;
  }

  public int getMovedMessages() {
    return movedMessages;
  }

  public int getMovedDecisions() {
    return movedDecisions;
  }

  public int getMovedFlags() {
    return movedFlags;
  }

  public int getMovedMails() {
    return movedMails;
  }

  /** Lines of SLA history moved; 0 for merges recorded before histories moved. */
  public int getMovedSlaEvents() {
    return movedSlaEvents;
  }
}
