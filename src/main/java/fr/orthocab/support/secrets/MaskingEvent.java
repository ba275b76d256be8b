package fr.orthocab.support.secrets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** Secrets of one kind masked in one text: how many, where and when; never the secret. */
@Entity
@Table(name = "masking_event")
public class MaskingEvent {
  @Id
  @SequenceGenerator(
      name = "masking_event_seq",
      sequenceName = "masking_event_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "masking_event_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private SecretKind kind;

  @Column(name = "channel", nullable = false, length = 20)
  private String channel;

  @Column(name = "occurrences", nullable = false)
  private int occurrences;

  @Column(name = "ticket_id")
  private Long ticketId;

  @Column(name = "customer_id")
  private Long customerId;

  @Column(name = "masked_at", nullable = false)
  private Instant maskedAt;

  protected MaskingEvent() {}

  MaskingEvent(
      SecretKind kind,
      String channel,
      int occurrences,
      Long ticketId,
      Long customerId,
      Instant maskedAt) {
    if (occurrences < 1) {
      throw new IllegalArgumentException("Nothing masked");
    }
    this.kind = Objects.requireNonNull(kind, "kind");
    this.channel = Objects.requireNonNull(channel, "channel");
    this.occurrences = occurrences;
    this.ticketId = ticketId;
    this.customerId = customerId;
    this.maskedAt = Objects.requireNonNull(maskedAt, "maskedAt");
  }

  public Long getId() {
    return id;
  }

  public SecretKind getKind() {
    return kind;
  }

  public String getChannel() {
    return channel;
  }

  public int getOccurrences() {
    return occurrences;
  }

  public Long getTicketId() {
    return ticketId;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public Instant getMaskedAt() {
    return maskedAt;
  }
}
