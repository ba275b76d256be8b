package fr.orthocab.support.admin.reports;

import fr.orthocab.support.account.Actors;
import fr.orthocab.support.audit.AuditAction;
import fr.orthocab.support.audit.AuditTrail;
import fr.orthocab.support.platform.ClockProducer;
import fr.orthocab.support.sla.SlaReports;
import fr.orthocab.support.sla.SlaWording;
import fr.orthocab.support.sla.report.BreachedTicket;
import fr.orthocab.support.sla.report.ReportPeriod;
import fr.orthocab.support.sla.report.SlaReport;
import fr.orthocab.support.web.LanguageSelection;
import fr.orthocab.support.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Faces;

/** The supervisors' SLA report: a period, an optional pack, the figures, a CSV of the weeks. */
@Named("slaReport")
@ViewScoped
public class SlaReportBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int DEFAULT_WEEKS = 12;

  @Inject private SlaReports reports;
  @Inject private Clock clock;
  @Inject private LanguageSelection language;
  @Inject private AuditTrail trail;
  @Inject private Actors actors;

  private ReportFilter filter;
  private ReportPacks packs;
  private SlaReport report;
  private List<BreachedTicket> breached;
  private String chart;

  @PostConstruct
  void init() {
    filter =
        new ReportFilter(
            ReportPeriod.lastWeeks(
                DEFAULT_WEEKS, LocalDate.now(clock.withZone(ClockProducer.PARIS))));
    packs =
        new ReportPacks(
            reports.packs(), language.getLanguage(), Pages.text("admin_reports_sla.defaultPolicy"));
    load();
  }

  public void load() {
    String problem = filter.problem();
    if (problem != null) {
      Pages.error(problem, ReportPeriod.MAX_DAYS);
      return;
    }
    ReportPeriod period = filter.period();
    report = reports.report(period, filter.getPack());
    breached = reports.breachedNow(filter.getPack());
    chart =
        WeeklySharesChart.json(
            period.weeks(),
            report.getWeeklyShares(),
            p -> Pages.text("admin_reports_sla.chart.objective", packs.name(p)),
            p -> Pages.text("admin_reports_sla.chart.deadline", packs.name(p)));
  }

  public void exportCsv() {
    byte[] csv = WeeklySharesCsv.of(report.getWeeklyShares(), packs::frenchName);
    ReportPeriod period = report.period();
    String name = "delais-sla-" + period.from() + "-" + period.to() + ".csv";
    trail.record(actors.current().did(AuditAction.DATA_EXPORTED, name));
    Faces.sendFile(csv, name, true);
  }

  /** Opening time as people write it, to the nearest minute: "2 h 15". */
  public String duration(long seconds) {
    return SlaWording.openingTime((seconds + 30) / 60);
  }

  /** The period and pack the report is read for, once valid (the satisfaction section's too). */
  ReportFilter validFilter() {
    return filter.problem() == null ? filter : null;
  }

  public ReportPacks getPacks() {
    return packs;
  }

  public ReportFilter getFilter() {
    return filter;
  }

  public SlaReport getReport() {
    return report;
  }

  public List<BreachedTicket> getBreached() {
    return breached;
  }

  public String getChart() {
    return chart;
  }
}
