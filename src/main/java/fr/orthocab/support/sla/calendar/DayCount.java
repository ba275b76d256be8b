package fr.orthocab.support.sla.calendar;

import java.time.DayOfWeek;

/** Which days count towards a délai given in days (DELAY-MAX). */
public enum DayCount {
  /** The legal meaning, and the default: every day but Sunday and public holidays. */
  JOURS_OUVRABLES,
  /** Monday to Friday, public holidays excluded. */
  JOURS_OUVRES;

  boolean counts(DayOfWeek day) {
    return switch (this) {
      case JOURS_OUVRABLES -> day != DayOfWeek.SUNDAY;
      case JOURS_OUVRES -> day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    };
  }
}
