package fr.orthocab.support.mail.inbound;

import java.io.Serializable;

/**
 * A mail's file as listed on a page: never its content. A kept file has an id to download it by; a
 * refused one has none, and says why. A class with getters, not a record: the pages' Expression
 * Language (EL 5) reads bean properties only.
 */
public final class AttachmentInfo implements Serializable {
  private static final long serialVersionUID = 1L;
  private final Long id;
  private final long inboundMailId;
  private final Long messageId;
  private final String fileName;
  private final String contentType;
  private final long sizeBytes;
  private final AttachmentLimits.Refusal refusal;

  /** A kept file, as agents list it under its mail. */
  public AttachmentInfo(
      long id, long inboundMailId, String fileName, String contentType, long sizeBytes) {
    this(id, inboundMailId, null, fileName, contentType, sizeBytes, null);
  }

  AttachmentInfo(
      Long id,
      long inboundMailId,
      Long messageId,
      String fileName,
      String contentType,
      long sizeBytes,
      AttachmentLimits.Refusal refusal) {
    this.id = id;
    this.inboundMailId = inboundMailId;
    this.messageId = messageId;
    this.fileName = fileName;
    this.contentType = contentType;
    this.sizeBytes = sizeBytes;
    this.refusal = refusal;
  }

  /** The kept file's id; null for a refused one, which has nothing to download. */
  public Long getId() {
    return id;
  }

  public long getInboundMailId() {
    return inboundMailId;
  }

  /** The ticket message the file came with, when listed for a thread. */
  public Long getMessageId() {
    return messageId;
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

  /** Why the file was not kept; null when it was. */
  public AttachmentLimits.Refusal getRefusal() {
    return refusal;
  }

  public boolean isKept() {
    return refusal == null;
  }
}
