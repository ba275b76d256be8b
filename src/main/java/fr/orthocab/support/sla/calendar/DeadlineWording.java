package fr.orthocab.support.sla.calendar;

import fr.orthocab.support.platform.ClockProducer;
import fr.orthocab.support.platform.DateWords;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A deadline in words for customers, in Paris time. A deadline at 00:00 is the end of the day
 * before ("le jeudi 14 mai 2026 à minuit" for 00:00 on Friday 15 May): naming the Friday would make
 * customers believe they have one more day.
 */
public final class DeadlineWording {
  private static final DateTimeFormatter FR_TIME = DateTimeFormatter.ofPattern("H' h 'mm");
  private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("HH:mm");

  private DeadlineWording() {}

  /**
   * "au plus tard le jeudi 14 mai 2026 à minuit", "au plus tard le vendredi 1er mai 2026 à 11 h
   * 00".
   */
  public static String fr(Instant deadline) {
    ZonedDateTime at = deadline.atZone(ClockProducer.PARIS);
    if (isMidnight(at)) {
      return "au plus tard le "
          + DateWords.day(Locale.FRENCH, at.toLocalDate().minusDays(1))
          + " à minuit";
    }
    return "au plus tard le "
        + DateWords.day(Locale.FRENCH, at.toLocalDate())
        + " à "
        + FR_TIME.format(at);
  }

  /** "by midnight on Thursday 14 May 2026", "by 11:00 on Friday 15 May 2026". */
  public static String en(Instant deadline) {
    ZonedDateTime at = deadline.atZone(ClockProducer.PARIS);
    if (isMidnight(at)) {
      return "by midnight on " + DateWords.day(Locale.ENGLISH, at.toLocalDate().minusDays(1));
    }
    return "by " + EN_TIME.format(at) + " on " + DateWords.day(Locale.ENGLISH, at.toLocalDate());
  }

  private static boolean isMidnight(ZonedDateTime at) {
    return at.toLocalTime().equals(LocalTime.MIDNIGHT);
  }
}
