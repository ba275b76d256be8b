package fr.orthocab.support.sla.report;

/**
 * The replies of one pack in one week and how many came within the objective and the deadline.
 *
 * @param pack code of the pack, null for the default policy
 */
public record WeeklyShare(
    String pack, IsoWeek week, int replies, int withinObjective, int withinDeadline) {

  /** Share of replies within objective, 0 to 1; null when there was no reply to share. */
  public Double getObjectiveShare() {
    return share(withinObjective);
  }

  /** Share of replies within deadline, 0 to 1; null when there was no reply to share. */
  public Double getDeadlineShare() {
    return share(withinDeadline);
  }

  private Double share(int count) {
    return replies == 0 ? null : (double) count / replies;
  }

  public String getPack() {
    return pack;
  }

  public IsoWeek getWeek() {
    return week;
  }

  public int getReplies() {
    return replies;
  }

  public int getWithinObjective() {
    return withinObjective;
  }

  public int getWithinDeadline() {
    return withinDeadline;
  }
}
