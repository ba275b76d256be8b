package fr.orthocab.support.platform;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A day in words as the desk writes it to people: « lundi 1er juin 2026 » (French writes the first
 * of the month as an ordinal), "Monday 1 June 2026".
 */
public final class DateWords {
  private static final DateTimeFormatter FR_DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.FRENCH);
  private static final DateTimeFormatter FR_DAY_FIRST =
      DateTimeFormatter.ofPattern("EEEE d'er' MMMM uuuu", Locale.FRENCH);
  private static final DateTimeFormatter EN_DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);

  private DateWords() {}

  /** In English for an English locale, in French (the reference) for any other. */
  public static String day(Locale locale, LocalDate day) {
    if (Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) {
      return EN_DAY.format(day);
    }
    return (day.getDayOfMonth() == 1 ? FR_DAY_FIRST : FR_DAY).format(day);
  }
}
