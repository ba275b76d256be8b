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
  private final MailFile file;
  private final AttachmentLimits.Refusal refusal;
  private final boolean pictured;
  private final boolean purged;

  private AttachmentInfo(
      Long id, MailFile file, AttachmentLimits.Refusal refusal, boolean pictured, boolean purged) {
    this.id = id;
    this.file = file;
    this.refusal = refusal;
    this.pictured = pictured;
    this.purged = purged;
  }

  /**
   * A kept file, downloaded by its id; a picture has a thumbnail too; one whose bytes retention
   * destroyed ({@code purgedAt} set) is only named.
   */
  static AttachmentInfo kept(long id, MailFile file, boolean pictured, Object purgedAt) {
    return new AttachmentInfo(id, file, null, pictured && purgedAt == null, purgedAt != null);
  }

  /** A refused file: nothing to download. */
  static AttachmentInfo refused(MailFile file, AttachmentLimits.Refusal why) {
    return new AttachmentInfo(null, file, why, false, false);
  }

  /** The kept file's id; null for a refused one, which has nothing to download. */
  public Long getId() {
    return id;
  }

  public long getInboundMailId() {
    return file.getInboundMailId();
  }

  /** The ticket message the file came with. */
  public Long getMessageId() {
    return file.getMessageRowId();
  }

  public String getFileName() {
    return file.getFileName();
  }

  public String getContentType() {
    return file.getContentType();
  }

  public long getSizeBytes() {
    return file.getSizeBytes();
  }

  /** Why the file was not kept; null when it was. */
  public AttachmentLimits.Refusal getRefusal() {
    return refusal;
  }

  public boolean isKept() {
    return refusal == null;
  }

  /** A kept file whose bytes retention destroyed: named, with nothing to download. */
  public boolean isPurged() {
    return purged;
  }

  /** A kept picture, with the desk's thumbnail of it. */
  public boolean isPictured() {
    return pictured;
  }
}
