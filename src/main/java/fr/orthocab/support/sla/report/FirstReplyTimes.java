package fr.orthocab.support.sla.report;

/**
 * Opening time to the first reply of a pack's tickets over the period.
 *
 * @param pack code of the pack, null for the default policy
 * @param medianSeconds nearest-rank 50th percentile
 * @param p90Seconds nearest-rank 90th percentile
 */
public record FirstReplyTimes(String pack, int tickets, long medianSeconds, long p90Seconds) {
  public String getPack() {
    return pack;
  }

  public int getTickets() {
    return tickets;
  }

  public long getMedianSeconds() {
    return medianSeconds;
  }

  public long getP90Seconds() {
    return p90Seconds;
  }
}
