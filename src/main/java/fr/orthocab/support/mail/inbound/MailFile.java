package fr.orthocab.support.mail.inbound;

import fr.orthocab.support.mail.inbound.parsing.FileNames;
import fr.orthocab.support.platform.Clip;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * What the desk knows of a file a mail brought, kept or refused: the mail, the ticket message it
 * came with, its name, declared type and size; never its content. One mapping for the columns that
 * both tables of files share ({@code inbound_attachment}, {@code inbound_refused_attachment}), and
 * what the pages list.
 */
@Embeddable
public class MailFile implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int MAX_TYPE = 255;

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

  protected MailFile() {}

  /** The name is made safe to keep and offer; a declared type longer than its column is cut. */
  public MailFile(
      long inboundMailId, Long messageRowId, String fileName, String contentType, long sizeBytes) {
    this.inboundMailId = inboundMailId;
    this.messageRowId = messageRowId;
    this.fileName = FileNames.safe(fileName);
    this.contentType = Clip.to(Objects.requireNonNull(contentType, "contentType"), MAX_TYPE);
    this.sizeBytes = sizeBytes;
  }

  public Long getInboundMailId() {
    return inboundMailId;
  }

  /** The ticket message the file came with; null while the mail reached no ticket. */
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
}
