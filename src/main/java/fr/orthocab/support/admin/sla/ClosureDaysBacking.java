package fr.orthocab.support.admin.sla;

import static fr.orthocab.support.platform.ClockProducer.PARIS;

import fr.orthocab.support.sla.ClosureDay;
import fr.orthocab.support.sla.DeskCalendar;
import fr.orthocab.support.web.CurrentAccount;
import fr.orthocab.support.web.LanguageSelection;
import fr.orthocab.support.web.LongDateConverter;
import fr.orthocab.support.web.Pages;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The closure days section of the SLA settings: the days a supervisor closed the desk (a bridge, a
 * team day), to add from today on, or remove.
 */
@Named("closureDays")
@ViewScoped
public class ClosureDaysBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private DeskCalendar calendar;
  @Inject private CurrentAccount me;
  @Inject private LanguageSelection language;
  @Inject private Clock clock;

  private LocalDate day;
  private String label;
  private transient List<ClosureDay> all;

  public List<ClosureDay> getAll() {
    if (all == null) {
      all = calendar.closureDays();
    }
    return all;
  }

  public void add() {
    String shown = LongDateConverter.format(day, language.getLocale());
    if (day.isBefore(LocalDate.now(clock.withZone(PARIS)))) {
      Pages.error("admin_sla_settings.closures.past", shown);
    } else if (calendar.isPublicHoliday(day)) {
      Pages.error("admin_sla_settings.closures.holiday", shown);
    } else if (getAll().stream().anyMatch(closure -> closure.getDay().equals(day))) {
      Pages.error("admin_sla_settings.closures.already", shown);
    } else {
      try {
        calendar.close(day, label, me.required());
        Pages.info("admin_sla_settings.closures.added", shown);
        day = null;
        label = null;
      } catch (EJBAccessException e) {
        Pages.error("admin_sla_settings.supervisorsOnly");
      }
    }
    all = null;
  }

  public void remove(LocalDate closed) {
    try {
      calendar.reopen(closed);
      Pages.info(
          "admin_sla_settings.closures.removed",
          LongDateConverter.format(closed, language.getLocale()));
    } catch (EJBAccessException e) {
      Pages.error("admin_sla_settings.supervisorsOnly");
    }
    all = null;
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }
}
