package fr.orthocab.support.attachment;

import fr.orthocab.support.ticket.Message;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A file on a message: its name, what its content is, its size and digest, and its bytes. */
@Entity
@Table(name = "message_file")
public class MessageFile implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(
      name = "message_file_seq",
      sequenceName = "message_file_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "message_file_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "message_id", nullable = false, updatable = false)
  private Message message;

  @Column(name = "file_name", nullable = false, updatable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false, updatable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long sizeBytes;

  @Column(name = "sha256", nullable = false, updatable = false)
  private String sha256;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "content", nullable = false, updatable = false)
  private byte[] content;

  /** A small PNG of an image, made when it was attached; null for anything else. */
  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "thumbnail", updatable = false)
  private byte[] thumbnail;

  @Column(name = "pictured", nullable = false, updatable = false)
  private boolean pictured;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  /** When retention destroyed the bytes (FileRetention); the row and its name stay. */
  @Column(name = "purged_at", insertable = false, updatable = false)
  private Instant purgedAt;

  protected MessageFile() {}

  MessageFile(Message message, Upload file, String contentType, String sha256, Instant at) {
    this.message = Objects.requireNonNull(message, "message");
    this.fileName = file.name();
    this.contentType = Objects.requireNonNull(contentType, "contentType");
    this.content = file.content();
    this.sizeBytes = file.content().length;
    this.sha256 = Objects.requireNonNull(sha256, "sha256");
    this.thumbnail = Thumbnails.of(file.content(), contentType).orElse(null);
    this.pictured = thumbnail != null;
    this.createdAt = Objects.requireNonNull(at, "at");
  }

  public Long getId() {
    return id;
  }

  public Message getMessage() {
    return message;
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

  public String getSha256() {
    return sha256;
  }

  public byte[] getContent() {
    return content;
  }

  public byte[] getThumbnail() {
    return thumbnail;
  }

  /** An image with a thumbnail; read without loading the bytes of either. */
  public boolean isPictured() {
    return pictured;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  /** Whether retention destroyed the file's bytes: the pages name it, without a link. */
  public boolean isPurged() {
    return purgedAt != null;
  }
}
