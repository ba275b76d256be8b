package fr.orthocab.support.admin.reports;

import fr.orthocab.support.account.Actors;
import fr.orthocab.support.audit.AuditAction;
import fr.orthocab.support.audit.AuditTrail;
import fr.orthocab.support.platform.ClockProducer;
import fr.orthocab.support.satisfaction.RateRow;
import fr.orthocab.support.satisfaction.SatisfactionFigures;
import fr.orthocab.support.satisfaction.SatisfactionRating;
import fr.orthocab.support.satisfaction.SatisfactionReports;
import fr.orthocab.support.sla.report.ReportPeriod;
import fr.orthocab.support.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.omnifaces.util.Faces;

/**
 * The satisfaction section of the reports page: the rates of the requests resolved in the report's
 * period (and pack), by week, pack, agent and category, the latest comments, and a CSV of every
 * rating.
 */
@Named("satisfactionReport")
@RequestScoped
public class SatisfactionReportBacking {
  static final int COMMENTS = 50;

  @Inject private SlaReportBacking page;
  @Inject private SatisfactionReports reports;
  @Inject private AuditTrail trail;
  @Inject private Actors actors;

  private SatisfactionFigures figures;

  public SatisfactionFigures getFigures() {
    if (figures == null) {
      ReportFilter filter = page.validFilter();
      figures =
          filter == null
              ? new SatisfactionFigures(List.of())
              : reports.between(
                  filter.period().start(ClockProducer.PARIS),
                  filter.period().end(ClockProducer.PARIS),
                  filter.getPack());
    }
    return figures;
  }

  public List<SatisfactionRating> getComments() {
    return getFigures().comments(COMMENTS);
  }

  /** A group's name as supervisors read it: a pack's name, a category's, or "none". */
  public String packName(RateRow row) {
    return row.key().isEmpty()
        ? Pages.text("admin_reports_satisfaction.none")
        : page.getPacks().name(row.key());
  }

  public String agentName(RateRow row) {
    return row.key().isEmpty() ? Pages.text("admin_reports_satisfaction.unassigned") : row.key();
  }

  public void exportCsv() {
    ReportFilter filter = page.validFilter();
    if (filter == null) {
      return;
    }
    ReportPeriod period = filter.period();
    byte[] csv =
        SatisfactionCsv.of(
            getFigures().getRatings(),
            code -> code == null ? "" : page.getPacks().frenchName(code),
            category -> Pages.textIn(Locale.FRENCH, "TicketCategory." + category));
    String name = "satisfaction-" + period.from() + "-" + period.to() + ".csv";
    trail.record(actors.current().did(AuditAction.DATA_EXPORTED, name));
    Faces.sendFile(csv, name, true);
  }
}
