package fr.orthocab.support.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit trail, written once: no setters, and the entity refuses to be updated or
 * removed, so that no code path can rewrite what happened.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(
      name = "audit_entry_seq",
      sequenceName = "audit_entry_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", nullable = false, updatable = false)
  private AuditAction action;

  @Column(name = "actor_account_id", updatable = false)
  private Long actorAccountId;

  @Column(name = "actor", nullable = false, updatable = false)
  private String actor;

  @Column(name = "ticket_id", updatable = false)
  private Long ticketId;

  @Column(name = "customer_id", updatable = false)
  private Long customerId;

  @Column(name = "detail", updatable = false)
  private String detail;

  @Column(name = "client_address", updatable = false)
  private String clientAddress;

  protected AuditEntry() {}

  public AuditEntry(AuditEvent event, Instant occurredAt) {
    Objects.requireNonNull(event, "event");
    this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
    this.action = event.action();
    this.actorAccountId = event.actorAccountId();
    this.actor = event.actor();
    this.ticketId = event.ticketId();
    this.customerId = event.customerId();
    this.detail = event.detail();
    this.clientAddress = event.clientAddress();
  }

  @PreUpdate
  @PreRemove
  void refuseRewrite() {
    throw new IllegalStateException("The audit trail is append-only: entry " + id);
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public AuditAction getAction() {
    return action;
  }

  public Long getActorAccountId() {
    return actorAccountId;
  }

  public String getActor() {
    return actor;
  }

  public Long getTicketId() {
    return ticketId;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public String getDetail() {
    return detail;
  }

  public String getClientAddress() {
    return clientAddress;
  }
}
