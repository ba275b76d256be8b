package fr.orthocab.support.mail.inbound;

import fr.orthocab.support.mail.inbound.parsing.FileNames;
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
import java.util.Objects;

/**
 * A file a mail brought that the limits refused: its name and why, never its content, so that the
 * customer can see on their request what did not reach the desk.
 */
@Entity
@Table(name = "inbound_refused_attachment")
public class RefusedAttachment implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int MAX_TYPE = 255;

  @Id
  @SequenceGenerator(
      name = "inbound_refused_attachment_seq",
      sequenceName = "inbound_refused_attachment_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inbound_refused_attachment_seq")
  private Long id;

  @Column(name = "inbound_mail_id", nullable = false)
  private Long inboundMailId;

  @Column(name = "message_row_id")
  private Long messageRowId;

  @Column(name = "file_name", nullable = false, length = FileNames.MAX)
  private String fileName;

  @Column(name = "content_type", nullable = false, length = MAX_TYPE)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

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
    this.inboundMailId = inboundMailId;
    this.messageRowId = messageRowId;
    this.fileName = FileNames.safe(fileName);
    this.contentType = Clip.to(Objects.requireNonNull(contentType, "contentType"), MAX_TYPE);
    this.sizeBytes = sizeBytes;
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public Long getId() {
    return id;
  }

  public Long getInboundMailId() {
    return inboundMailId;
  }

  public Long getMessageRowId() {
    return messageRowId;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public AttachmentLimits.Refusal getReason() {
    return reason;
  }
}
