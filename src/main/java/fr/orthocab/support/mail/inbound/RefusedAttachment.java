package fr.orthocab.support.mail.inbound;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A file a mail brought that the limits refused: its name and why, never its content, so that the
 * customer can see on their request what did not reach the desk.
 */
@Entity
@Table(name = "inbound_refused_attachment")
public class RefusedAttachment implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(
      name = "inbound_refused_attachment_seq",
      sequenceName = "inbound_refused_attachment_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inbound_refused_attachment_seq")
  private Long id;

  @Embedded private MailFile file;

  @Enumerated(EnumType.STRING)
  @Column(name = "reason", nullable = false, length = 20)
  private AttachmentLimits.Refusal reason;

  protected RefusedAttachment() {}

  public RefusedAttachment(
      long inboundMailId,
      Long messageRowId,
      String fileName,
      String contentType,
      long sizeBytes,
      AttachmentLimits.Refusal reason) {
    this.file = new MailFile(inboundMailId, messageRowId, fileName, contentType, sizeBytes);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public Long getId() {
    return id;
  }

  /** Which mail and message it came with, its name, type and size. */
  public MailFile getFile() {
    return file;
  }

  public AttachmentLimits.Refusal getReason() {
    return reason;
  }
}
