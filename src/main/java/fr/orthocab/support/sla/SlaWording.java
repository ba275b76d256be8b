package fr.orthocab.support.sla;

/** Durations of opening time as people write them: "2 h", "9 h", "1 h 30", "45 min". */
public final class SlaWording {
  private SlaWording() {}

  public static String openingTime(long minutes) {
    long hours = minutes / 60;
    long rest = minutes % 60;
    if (hours == 0) {
      return rest + " min";
    }
    return rest == 0 ? hours + " h" : "%d h %02d".formatted(hours, rest);
  }
}
