package fr.orthocab.support.reads;

import fr.orthocab.support.platform.Clip;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One read of a customer's data by a member of staff: who (their account and how they read then),
 * what (a ticket, a customer's page, a file, an export, by id, with the ticket and customer it
 * belongs to when known), when. Written once, no setters.
 */
@Entity
@Table(name = "staff_read")
public class StaffRead implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int MAX_READER = 320;

  @Id
  @SequenceGenerator(name = "staff_read_seq", sequenceName = "staff_read_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_read_seq")
  private Long id;

  @Column(name = "read_at", nullable = false, updatable = false)
  private Instant readAt;

  @Column(name = "reader_account_id", updatable = false)
  private Long readerAccountId;

  @Column(name = "reader", nullable = false, updatable = false)
  private String reader;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false)
  private ReadKind kind;

  @Column(name = "subject_id", nullable = false, updatable = false)
  private long subjectId;

  @Column(name = "ticket_id", updatable = false)
  private Long ticketId;

  @Column(name = "customer_id", updatable = false)
  private Long customerId;

  protected StaffRead() {}

  public StaffRead(
      Instant readAt,
      Long readerAccountId,
      String reader,
      ReadKind kind,
      long subjectId,
      Long ticketId,
      Long customerId) {
    this.readAt = Objects.requireNonNull(readAt, "readAt");
    this.readerAccountId = readerAccountId;
    this.reader = Clip.marked(Objects.requireNonNull(reader, "reader").strip(), MAX_READER);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.subjectId = subjectId;
    this.ticketId = ticketId;
    this.customerId = customerId;
  }

  public Long getId() {
    return id;
  }

  public Instant getReadAt() {
    return readAt;
  }

  public Long getReaderAccountId() {
    return readerAccountId;
  }

  public String getReader() {
    return reader;
  }

  public ReadKind getKind() {
    return kind;
  }

  public long getSubjectId() {
    return subjectId;
  }

  public Long getTicketId() {
    return ticketId;
  }

  public Long getCustomerId() {
    return customerId;
  }
}
