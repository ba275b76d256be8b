package fr.orthocab.support.sla;

import fr.orthocab.support.customer.Language;
import java.time.Duration;

/** Durations as people write them: "2 h", "1 h 30", "45 min", "3 j 4 h" ("3 d 4 h" in English). */
public final class SlaWording {
  private SlaWording() {}

  /** Opening time from a policy, in minutes: "2 h", "9 h", "1 h 30", "45 min". */
  public static String openingTime(long minutes) {
    long hours = minutes / 60;
    long rest = minutes % 60;
    if (hours == 0) {
      return rest + " min";
    }
    return rest == 0 ? hours + " h" : "%d h %02d".formatted(hours, rest);
  }

  /** A wall-clock duration, rounded down to the minute, days first beyond 24 hours. */
  public static String duration(Duration duration, Language language) {
    long minutes = Math.max(0, duration.toMinutes());
    long days = minutes / (24 * 60);
    if (days > 0) {
      long hours = (minutes % (24 * 60)) / 60;
      String day = language == Language.EN ? " d" : " j";
      return hours == 0 ? days + day : days + day + " " + hours + " h";
    }
    return openingTime(minutes);
  }
}
