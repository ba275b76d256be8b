package fr.orthocab.support.sla.calendar;

import java.time.LocalTime;
import java.util.Objects;

/**
 * One opening interval within a day, start included, end excluded. Not validated here: {@link
 * OpeningHours} checks a whole week at once so a supervisor sees every mistake together.
 */
public record OpeningInterval(LocalTime start, LocalTime end) {
  public OpeningInterval {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
  }

  public static OpeningInterval of(String start, String end) {
    return new OpeningInterval(LocalTime.parse(start), LocalTime.parse(end));
  }

  boolean overlaps(OpeningInterval other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }

  @Override
  public String toString() {
    return start + "-" + end;
  }
}
