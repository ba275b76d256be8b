package fr.orthocab.support.admin.sla;

import fr.orthocab.support.sla.DeskCalendar;
import fr.orthocab.support.sla.calendar.InvalidOpeningHoursException;
import fr.orthocab.support.sla.calendar.OpeningHours;
import fr.orthocab.support.web.LanguageSelection;
import fr.orthocab.support.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;

/**
 * The weekly opening hours section of the SLA settings: intervals added and removed in the form,
 * then the whole week saved at once, or nothing when one interval is wrong.
 */
@Named("openingHours")
@ViewScoped
public class OpeningHoursBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private DeskCalendar calendar;
  @Inject private LanguageSelection language;

  private WeekForm form;

  @PostConstruct
  void load() {
    form = new WeekForm(calendar.openingHours());
  }

  public void add(DayOfWeek day) {
    form.add(day);
  }

  public void remove(DayOfWeek day, int index) {
    form.remove(day, index);
  }

  /** Fills the form with Monday to Friday, 09:00-18:00; saved only when the supervisor saves. */
  public void standard() {
    form = new WeekForm(OpeningHours.standard());
    Pages.info("admin_sla_settings.hours.standardFilled");
  }

  public void save() {
    List<WeekForm.Unreadable> unreadable = form.unreadable();
    if (!unreadable.isEmpty()) {
      Pages.error("admin_sla_settings.hours.notSaved");
      unreadable.forEach(
          u ->
              Pages.error(
                  u.text().isEmpty()
                      ? "admin_sla_settings.hours.missingTime"
                      : "admin_sla_settings.hours.unreadableTime",
                  dayName(u.day()),
                  u.text()));
      return;
    }
    try {
      // checked here first so that the mistakes come back as such, not wrapped by the container
      new OpeningHours(form.week());
      calendar.changeOpeningHours(form.week());
      Pages.info("admin_sla_settings.hours.saved");
      load();
    } catch (InvalidOpeningHoursException e) {
      Pages.error("admin_sla_settings.hours.notSaved");
      WeekForm.errors(e, language.isEnglish())
          .forEach(error -> Pages.error("admin_sla_settings.error", error));
    } catch (EJBAccessException e) {
      Pages.error("admin_sla_settings.supervisorsOnly");
    }
  }

  public String dayName(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, language.getLocale());
  }

  public List<WeekForm.Day> getDays() {
    return form.days();
  }
}
