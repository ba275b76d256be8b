package fr.orthocab.support.mail.inbound;

import fr.orthocab.support.mail.inbound.parsing.FileNames;
import fr.orthocab.support.mail.inbound.parsing.ParsedMail;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A file a mail brought that the limits accepted, with the ticket message it came with. */
@Entity
@Table(name = "inbound_attachment")
public class InboundAttachment implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(
      name = "inbound_attachment_seq",
      sequenceName = "inbound_attachment_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inbound_attachment_seq")
  private Long id;

  @Column(name = "inbound_mail_id", nullable = false)
  private Long inboundMailId;

  @Column(name = "message_row_id")
  private Long messageRowId;

  @Column(name = "file_name", nullable = false, length = FileNames.MAX)
  private String fileName;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "content", nullable = false)
  private byte[] content;

  protected InboundAttachment() {}

  InboundAttachment(long inboundMailId, Long messageRowId, ParsedMail.Attachment file) {
    this(inboundMailId, messageRowId, file.fileName(), file.contentType(), file.content());
  }

  public InboundAttachment(
      long inboundMailId, Long messageRowId, String fileName, String contentType, byte[] content) {
    this.inboundMailId = inboundMailId;
    this.messageRowId = messageRowId;
    this.fileName = FileNames.safe(fileName);
    this.contentType = Objects.requireNonNull(contentType, "contentType");
    this.content = content.clone();
    this.sizeBytes = this.content.length;
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

  public byte[] getContent() {
    return content.clone();
  }
}
