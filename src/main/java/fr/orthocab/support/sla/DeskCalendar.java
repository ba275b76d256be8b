package fr.orthocab.support.sla;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.account.Actors;
import fr.orthocab.support.audit.AuditAction;
import fr.orthocab.support.audit.AuditTrail;
import fr.orthocab.support.platform.ClockProducer;
import fr.orthocab.support.sla.calendar.BusinessCalendar;
import fr.orthocab.support.sla.calendar.BusinessTime;
import fr.orthocab.support.sla.calendar.DayCount;
import fr.orthocab.support.sla.calendar.FrenchPublicHolidays;
import fr.orthocab.support.sla.calendar.OpeningHours;
import fr.orthocab.support.sla.calendar.OpeningInterval;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The desk's calendar as the supervisors set it: weekly opening hours and closure days, stored,
 * with the public holidays and the day count of the setting {@code app.sla.day-count}. Read from
 * the database each time rather than cached, so that every node of a cluster computes with the same
 * calendar the moment a supervisor changes it. A change applies to clocks started after it.
 */
@Stateless
public class DeskCalendar {
  private static final FrenchPublicHolidays HOLIDAYS = new FrenchPublicHolidays();

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private AuditTrail trail;
  @Inject private Actors actors;

  @Inject
  @ConfigProperty(name = "app.sla.day-count", defaultValue = "JOURS_OUVRABLES")
  private DayCount dayCount;

  public BusinessTime businessTime() {
    return new BusinessTime(calendar(), openingHours());
  }

  public BusinessCalendar calendar() {
    return new BusinessCalendar(
        HOLIDAYS,
        dayCount,
        closureDays().stream().map(ClosureDay::getDay).collect(Collectors.toSet()));
  }

  public OpeningHours openingHours() {
    Map<DayOfWeek, List<OpeningInterval>> week = new EnumMap<>(DayOfWeek.class);
    for (WeeklyOpening opening :
        em.createQuery("select o from WeeklyOpening o", WeeklyOpening.class).getResultList()) {
      week.computeIfAbsent(opening.getDayOfWeek(), day -> new ArrayList<>())
          .add(opening.interval());
    }
    return new OpeningHours(week);
  }

  public List<ClosureDay> closureDays() {
    return em.createQuery("select c from ClosureDay c order by c.day", ClosureDay.class)
        .getResultList();
  }

  public boolean isPublicHoliday(LocalDate day) {
    return HOLIDAYS.isHoliday(day);
  }

  /**
   * Replaces the weekly opening hours.
   *
   * @throws fr.orthocab.support.sla.calendar.InvalidOpeningHoursException listing every mistake,
   *     nothing changed
   */
  @RolesAllowed("SUPERVISOR")
  public OpeningHours changeOpeningHours(@NotNull Map<DayOfWeek, List<OpeningInterval>> week) {
    OpeningHours checked = new OpeningHours(week);
    em.createQuery("delete from WeeklyOpening o").executeUpdate();
    for (DayOfWeek day : DayOfWeek.values()) {
      for (OpeningInterval interval : checked.on(day)) {
        em.persist(new WeeklyOpening(day, interval));
      }
    }
    trail.record(actors.current().did(AuditAction.SLA_SETTINGS_CHANGED, "horaires d'ouverture"));
    return checked;
  }

  /** Closes the desk on that day (today or later); closing a day twice keeps the first label. */
  @RolesAllowed("SUPERVISOR")
  public ClosureDay close(
      @NotNull LocalDate day,
      @NotBlank @Size(max = ClosureDay.MAX_LABEL) String label,
      @NotNull Account supervisor) {
    if (day.isBefore(LocalDate.now(clock.withZone(ClockProducer.PARIS)))) {
      throw new IllegalArgumentException("A closure day cannot be in the past: " + day);
    }
    ClosureDay existing = em.find(ClosureDay.class, day);
    if (existing != null) {
      return existing;
    }
    ClosureDay closure = new ClosureDay(day, label, supervisor, clock.instant());
    em.persist(closure);
    trail.record(
        actors
            .of(supervisor)
            .did(AuditAction.SLA_SETTINGS_CHANGED, "fermeture le " + day + " : " + label));
    return closure;
  }

  @RolesAllowed("SUPERVISOR")
  public void reopen(@NotNull LocalDate day) {
    ClosureDay closure = em.find(ClosureDay.class, day);
    if (closure != null) {
      em.remove(closure);
      trail.record(actors.current().did(AuditAction.SLA_SETTINGS_CHANGED, "réouverture le " + day));
    }
  }
}
