package fr.orthocab.support.screening;

import fr.orthocab.support.ticket.Message;
import fr.orthocab.support.ticket.Ticket;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * Something the desk noticed in a customer's message for an agent to look at: which ticket and
 * message, what kind, the detail (the words found, the vendor), when and by which rule. An agent
 * clears it, or acts under its clause; a cleared flag stays on record.
 */
@Entity
@Table(name = "ticket_flag")
public class TicketFlag implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(
      name = "ticket_flag_seq",
      sequenceName = "ticket_flag_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_flag_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "ticket_id", nullable = false)
  private Ticket ticket;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "message_id")
  private Message message;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 30)
  private FlagKind kind;

  @Column(name = "detail", length = 2000)
  private String detail;

  @Column(name = "raised_by", nullable = false)
  private String raisedBy;

  @Column(name = "raised_at", nullable = false)
  private Instant raisedAt;

  @Column(name = "cleared_by")
  private String clearedBy;

  @Column(name = "cleared_at")
  private Instant clearedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected TicketFlag() {}

  public TicketFlag(
      Ticket ticket,
      Message message,
      FlagKind kind,
      String detail,
      String raisedBy,
      Instant raisedAt) {
    this.ticket = Objects.requireNonNull(ticket, "ticket");
    this.message = message;
    this.kind = Objects.requireNonNull(kind, "kind");
    this.detail = detail;
    this.raisedBy = Objects.requireNonNull(raisedBy, "raisedBy");
    this.raisedAt = Objects.requireNonNull(raisedAt, "raisedAt");
  }

  /** An agent looked and cleared it; clearing twice keeps the first. */
  public void clear(String by, Instant at) {
    if (clearedAt == null) {
      this.clearedBy = Objects.requireNonNull(by, "by");
      this.clearedAt = Objects.requireNonNull(at, "at");
    }
  }

  public boolean isCleared() {
    return clearedAt != null;
  }

  public Long getId() {
    return id;
  }

  public Ticket getTicket() {
    return ticket;
  }

  public Message getMessage() {
    return message;
  }

  public FlagKind getKind() {
    return kind;
  }

  public String getDetail() {
    return detail;
  }

  public String getRaisedBy() {
    return raisedBy;
  }

  public Instant getRaisedAt() {
    return raisedAt;
  }

  public String getClearedBy() {
    return clearedBy;
  }

  public Instant getClearedAt() {
    return clearedAt;
  }

  public long getVersion() {
    return version;
  }
}
