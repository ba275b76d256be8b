package fr.orthocab.support.admin.reports;

import fr.orthocab.support.sla.report.ReportPeriod;
import java.io.Serializable;
import java.time.LocalDate;

/** What the supervisor asked the report for: days of Paris, both included, and a pack or all. */
public class ReportFilter implements Serializable {
  private static final long serialVersionUID = 1L;

  private LocalDate from;
  private LocalDate to;
  private String pack;

  ReportFilter(ReportPeriod period) {
    this.from = period.from();
    this.to = period.to();
  }

  /** The message key of what is wrong with the period, or null when it can be reported on. */
  String problem() {
    if (from == null || to == null || to.isBefore(from)) {
      return "admin_reports_sla.badPeriod";
    }
    return from.plusDays(ReportPeriod.MAX_DAYS).isAfter(to) ? null : "admin_reports_sla.tooLong";
  }

  ReportPeriod period() {
    return new ReportPeriod(from, to);
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  /** A pack code, the default policy's mark, or null for every pack. */
  public String getPack() {
    return pack;
  }

  public void setPack(String pack) {
    this.pack = pack == null || pack.isBlank() ? null : pack;
  }
}
