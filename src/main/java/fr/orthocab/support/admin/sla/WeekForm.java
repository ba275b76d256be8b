package fr.orthocab.support.admin.sla;

import fr.orthocab.support.sla.calendar.InvalidOpeningHoursException;
import fr.orthocab.support.sla.calendar.OpeningHours;
import fr.orthocab.support.sla.calendar.OpeningInterval;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The weekly opening hours as the supervisor types them: per weekday, intervals whose times are
 * text until saved, so that a mistyped time comes back with the day it belongs to rather than as a
 * conversion error on a field.
 */
public final class WeekForm implements Serializable {
  private static final long serialVersionUID = 1L;
  // 9:00, 09:00, 9h, 9h30, 9 h 30: as people write times in French
  private static final Pattern TIME =
      Pattern.compile("(\\d{1,2})(?::(\\d{2})|\\s*[hH]\\s*(\\d{2})?)");

  /** What the form holds for one interval. */
  public static final class Slot implements Serializable {
    private static final long serialVersionUID = 1L;
    private String start;
    private String end;

    Slot(String start, String end) {
      this.start = start;
      this.end = end;
    }

    public String getStart() {
      return start;
    }

    public void setStart(String start) {
      this.start = start;
    }

    public String getEnd() {
      return end;
    }

    public void setEnd(String end) {
      this.end = end;
    }
  }

  /** A weekday and its intervals, in the order typed (a class, not a record, for Faces EL). */
  public static final class Day implements Serializable {
    private static final long serialVersionUID = 1L;
    private final DayOfWeek day;
    private final List<Slot> slots = new ArrayList<>();

    Day(DayOfWeek day) {
      this.day = day;
    }

    public DayOfWeek getDay() {
      return day;
    }

    public List<Slot> getSlots() {
      return slots;
    }
  }

  /** A time the form cannot read (missing when {@code text} is blank). */
  public record Unreadable(DayOfWeek day, String text) {}

  private final List<Day> days = new ArrayList<>();

  public WeekForm(OpeningHours hours) {
    for (DayOfWeek day : DayOfWeek.values()) {
      Day row = new Day(day);
      for (OpeningInterval interval : hours.on(day)) {
        row.slots.add(new Slot(interval.start().toString(), interval.end().toString()));
      }
      days.add(row);
    }
  }

  public List<Day> days() {
    return days;
  }

  public void add(DayOfWeek day) {
    days.get(day.ordinal()).slots.add(new Slot("", ""));
  }

  public void remove(DayOfWeek day, int index) {
    List<Slot> slots = days.get(day.ordinal()).slots;
    if (index >= 0 && index < slots.size()) {
      slots.remove(index);
    }
  }

  /** Every time that is missing or not a time of day, in the order of the form. */
  public List<Unreadable> unreadable() {
    List<Unreadable> problems = new ArrayList<>();
    for (Day day : days) {
      for (Slot slot : day.slots) {
        for (String text : List.of(nonNull(slot.start), nonNull(slot.end))) {
          if (time(text).isEmpty()) {
            problems.add(new Unreadable(day.day, text.strip()));
          }
        }
      }
    }
    return problems;
  }

  /** The week typed; call only once {@link #unreadable()} is empty. */
  public Map<DayOfWeek, List<OpeningInterval>> week() {
    Map<DayOfWeek, List<OpeningInterval>> week = new EnumMap<>(DayOfWeek.class);
    for (Day day : days) {
      List<OpeningInterval> intervals = new ArrayList<>();
      for (Slot slot : day.slots) {
        intervals.add(
            new OpeningInterval(time(slot.start).orElseThrow(), time(slot.end).orElseThrow()));
      }
      week.put(day.day, intervals);
    }
    return week;
  }

  /** A time of day from what was typed; empty when it is none (24:00 included: split the day). */
  static Optional<LocalTime> time(String text) {
    Matcher matcher = TIME.matcher(nonNull(text).strip());
    if (!matcher.matches()) {
      return Optional.empty();
    }
    int hour = Integer.parseInt(matcher.group(1));
    String minutes = matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
    int minute = minutes == null ? 0 : Integer.parseInt(minutes);
    return hour < 24 && minute < 60 ? Optional.of(LocalTime.of(hour, minute)) : Optional.empty();
  }

  /**
   * The mistakes {@link OpeningHours} found, in the page's language: each comes as « French /
   * English », and neither half contains " / ".
   */
  static List<String> errors(InvalidOpeningHoursException e, boolean english) {
    return e.errors().stream()
        .map(bilingual -> bilingual.split(" / ", 2))
        .map(halves -> english && halves.length == 2 ? halves[1] : halves[0])
        .toList();
  }

  private static String nonNull(String text) {
    return text == null ? "" : text;
  }
}
