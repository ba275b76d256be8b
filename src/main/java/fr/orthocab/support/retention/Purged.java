package fr.orthocab.support.retention;

/**
 * What a retention run purged of each kind: requests whose content was replaced and their messages,
 * copies of sent mails, files (attached or mailed), raw mails, webhook bodies, audit entries and
 * records of reads. A class with getters, not only record accessors, for the dashboard's EL.
 */
public record Purged(
    int requests,
    int messages,
    int sentMails,
    int files,
    int rawMails,
    int webhookBodies,
    int auditEntries,
    int staffReads) {

  public static final Purged NOTHING = new Purged(0, 0, 0, 0, 0, 0, 0, 0);

  public Purged plus(Purged more) {
    return new Purged(
        requests + more.requests,
        messages + more.messages,
        sentMails + more.sentMails,
        files + more.files,
        rawMails + more.rawMails,
        webhookBodies + more.webhookBodies,
        auditEntries + more.auditEntries,
        staffReads + more.staffReads);
  }

  public int getRequests() {
    return requests;
  }

  public int getMessages() {
    return messages;
  }

  public int getSentMails() {
    return sentMails;
  }

  public int getFiles() {
    return files;
  }

  public int getRawMails() {
    return rawMails;
  }

  public int getWebhookBodies() {
    return webhookBodies;
  }

  public int getAuditEntries() {
    return auditEntries;
  }

  public int getStaffReads() {
    return staffReads;
  }
}
