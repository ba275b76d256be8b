package fr.orthocab.support.sla.report;

import java.util.List;

/**
 * The SLA report of a period: weekly shares by pack and times to first reply by pack.
 *
 * @param pack the pack the report is limited to, null for every pack
 */
public record SlaReport(
    ReportPeriod period,
    String pack,
    int replies,
    List<WeeklyShare> weeklyShares,
    List<FirstReplyTimes> firstReplyTimes) {

  public boolean isEmpty() {
    return replies == 0;
  }

  public List<WeeklyShare> getWeeklyShares() {
    return weeklyShares;
  }

  public List<FirstReplyTimes> getFirstReplyTimes() {
    return firstReplyTimes;
  }

  public int getReplies() {
    return replies;
  }
}
