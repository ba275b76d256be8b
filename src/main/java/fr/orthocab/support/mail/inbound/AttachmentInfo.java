package fr.orthocab.support.mail.inbound;

import java.io.Serializable;

/**
 * A mail's file as agents see it listed: never its content. A class with getters, not a record: the
 * pages' Expression Language (EL 5) reads bean properties only.
 */
public final class AttachmentInfo implements Serializable {
  private static final long serialVersionUID = 1L;
  private final long id;
  private final long inboundMailId;
  private final String fileName;
  private final String contentType;
  private final long sizeBytes;

  public AttachmentInfo(
      long id, long inboundMailId, String fileName, String contentType, long sizeBytes) {
    this.id = id;
    this.inboundMailId = inboundMailId;
    this.fileName = fileName;
    this.contentType = contentType;
    this.sizeBytes = sizeBytes;
  }

  public long getId() {
    return id;
  }

  public long getInboundMailId() {
    return inboundMailId;
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
