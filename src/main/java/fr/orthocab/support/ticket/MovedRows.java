package fr.orthocab.support.ticket;

/**
 * What a merge moved from the duplicate to the original, as each owner of the rows reports it on
 * {@link TicketsMerged}: the figures the merge records and shows agents.
 */
public final class MovedRows {
  private int messages;
  private int decisions;
  private int flags;
  private int mails;
  private int slaEvents;

  MovedRows(int messages) {
    this.messages = messages;
  }

  public void decisions(int moved) {
    decisions += moved;
  }

  public void flags(int moved) {
    flags += moved;
  }

  public void mails(int moved) {
    mails += moved;
  }

  /** Lines of SLA history. */
  public void slaEvents(int moved) {
    slaEvents += moved;
  }

  public int messages() {
    return messages;
  }

  public int decisions() {
    return decisions;
  }

  public int flags() {
    return flags;
  }

  public int mails() {
    return mails;
  }

  public int slaEvents() {
    return slaEvents;
  }
}
