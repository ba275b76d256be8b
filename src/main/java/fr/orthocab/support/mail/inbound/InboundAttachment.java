package fr.orthocab.support.mail.inbound;

import fr.orthocab.support.attachment.Thumbnails;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

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

  @Embedded private MailFile file;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "content", nullable = false)
  private byte[] content;

  /** A small PNG of a picture, made when the mail was read; null for anything else. */
  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "thumbnail", updatable = false)
  private byte[] thumbnail;

  @Column(name = "pictured", nullable = false, updatable = false)
  private boolean pictured;

  /** When retention destroyed the bytes (RawMailRetention); the row and its name stay. */
  @Column(name = "purged_at", insertable = false, updatable = false)
  private Instant purgedAt;

  protected InboundAttachment() {}

  public InboundAttachment(
      long inboundMailId, Long messageRowId, String fileName, String contentType, byte[] content) {
    this.content = content.clone();
    this.file =
        new MailFile(inboundMailId, messageRowId, fileName, contentType, this.content.length);
    this.thumbnail = Thumbnails.of(this.content, contentType).orElse(null);
    this.pictured = thumbnail != null;
  }

  public Long getId() {
    return id;
  }

  /** Which mail and message it came with, its name, type and size. */
  public MailFile getFile() {
    return file;
  }

  public byte[] getContent() {
    return content.clone();
  }

  public byte[] getThumbnail() {
    return thumbnail == null ? null : thumbnail.clone();
  }

  /** A picture with a thumbnail; read without loading the bytes of either. */
  public boolean isPictured() {
    return pictured;
  }

  /** Whether retention destroyed the file's bytes: the pages name it, without a link. */
  public boolean isPurged() {
    return purgedAt != null;
  }
}
