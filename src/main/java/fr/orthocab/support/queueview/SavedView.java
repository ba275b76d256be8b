package fr.orthocab.support.queueview;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.screening.FlagKind;
import fr.orthocab.support.ticket.SlaAlert;
import fr.orthocab.support.ticket.TicketCategory;
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
import java.time.LocalDate;
import java.util.Objects;

/**
 * A combination of the queue's filters that an agent named and keeps for themselves: only its owner
 * sees, opens, renames or deletes it. Its filters are explicit columns, read back through {@link
 * ViewCriteria}, which refuses what it does not know.
 */
@Entity
@Table(name = "saved_view")
public class SavedView implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final int MAX_NAME = 60;

  @Id
  @SequenceGenerator(name = "saved_view_seq", sequenceName = "saved_view_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "saved_view_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "owner_id", nullable = false, updatable = false)
  private Account owner;

  @Column(name = "name", nullable = false, length = MAX_NAME)
  private String name;

  @Column(name = "status_choice", nullable = false)
  private String status;

  @Enumerated(EnumType.STRING)
  @Column(name = "category")
  private TicketCategory category;

  @Column(name = "words")
  private String words;

  @Column(name = "assignee")
  private String assignee;

  @Column(name = "pack_code")
  private String packCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "flag_kind")
  private FlagKind flag;

  @Enumerated(EnumType.STRING)
  @Column(name = "sla_alert")
  private SlaAlert sla;

  @Column(name = "received_from")
  private LocalDate receivedFrom;

  @Column(name = "received_until")
  private LocalDate receivedUntil;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected SavedView() {}

  SavedView(Account owner, String name, ViewCriteria criteria, Instant createdAt) {
    this.owner = Objects.requireNonNull(owner, "owner");
    this.name = checkedName(name);
    this.status = criteria.status();
    this.category = criteria.category();
    this.words = criteria.words();
    this.assignee = criteria.assignee();
    this.packCode = criteria.packCode();
    this.flag = criteria.flag();
    this.sla = criteria.sla();
    this.receivedFrom = criteria.receivedFrom();
    this.receivedUntil = criteria.receivedUntil();
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  /** A name as kept: stripped, neither blank nor longer than {@link #MAX_NAME}. */
  static String checkedName(String name) {
    String kept = name == null ? "" : name.strip();
    if (kept.isEmpty()) {
      throw new ViewRefused(ViewRefused.Reason.NAME_MISSING);
    }
    if (kept.length() > MAX_NAME) {
      throw new ViewRefused(ViewRefused.Reason.NAME_TOO_LONG);
    }
    return kept;
  }

  void rename(String newName) {
    name = checkedName(newName);
  }

  /** What the view finds; the columns went through {@link ViewCriteria} when written. */
  public ViewCriteria criteria() {
    return new ViewCriteria(
        status, category, words, assignee, packCode, flag, sla, receivedFrom, receivedUntil);
  }

  boolean isOwnedBy(Account account) {
    return owner.getId().equals(account.getId());
  }

  /** Its key in addresses and in the memory of the last view. */
  public String key() {
    return ViewKey.saved(id);
  }

  public Long getId() {
    return id;
  }

  public Account getOwner() {
    return owner;
  }

  public String getName() {
    return name;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getKey() {
    return key();
  }
}
