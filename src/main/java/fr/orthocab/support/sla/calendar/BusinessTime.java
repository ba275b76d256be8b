package fr.orthocab.support.sla.calendar;

import fr.orthocab.support.platform.ClockProducer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Opening time and délais in Europe/Paris. Due instants and elapsed business time come from one
 * walk over the opening periods ({@link #walk}), so a deadline, its warning and a report's "time to
 * first reply" cannot disagree. Works on instants and reads dates only in Paris, so a
 * daylight-saving change or a message received late in the evening (another UTC day) changes
 * nothing.
 */
public final class BusinessTime {
  private static final ZoneId PARIS = ClockProducer.PARIS;

  // With every day closed the walk would never end; ten years of closure is a configuration error.
  private static final int MAX_DAYS_WALKED = 3660;

  private final BusinessCalendar calendar;
  private final OpeningHours openingHours;

  public BusinessTime(BusinessCalendar calendar, OpeningHours openingHours) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.openingHours = Objects.requireNonNull(openingHours, "openingHours");
  }

  /**
   * The earliest instant at which {@code amount} of opening time has passed since {@code from}.
   * Counting starts at the next opening when {@code from} is outside opening hours, and an amount
   * that ends exactly at closing time gives the closing time, not the next opening.
   */
  public Instant addOpeningTime(Instant from, Duration amount) {
    if (amount.isNegative()) {
      throw new IllegalArgumentException("amount must not be negative: " + amount);
    }
    return walk(from, null, amount).reached();
  }

  /** Opening time between two instants; negative when {@code b} is before {@code a}. */
  public Duration openingTimeBetween(Instant a, Instant b) {
    if (b.isBefore(a)) {
      return openingTimeBetween(b, a).negated();
    }
    return walk(a, b, null).counted();
  }

  /**
   * DELAY-MAX: the end of the {@code days}th counted day after the day of receipt in Paris, that is
   * 00:00 at the start of the next day. The day of receipt never counts, whatever the hour.
   */
  public Instant deadline(Instant receivedAt, int days) {
    LocalDate received = LocalDate.ofInstant(receivedAt, PARIS);
    return calendar.countedDayAfter(received, days).plusDays(1).atStartOfDay(PARIS).toInstant();
  }

  /** The deadline of DELAY-MAX as the policy states it: 2 jours ouvrables. */
  public Instant deadline(Instant receivedAt) {
    return deadline(receivedAt, SlaPolicy.DELAY_MAX_DAYS);
  }

  /** The objective, the deadline and their warnings for a message received at that instant. */
  public SlaDueInstants dueInstants(Instant receivedAt, SlaPolicy policy) {
    Instant deadline = deadline(receivedAt, policy.deadlineDays());
    Duration untilDeadline = openingTimeBetween(receivedAt, deadline);
    Duration warningLead = untilDeadline.minus(policy.warningBeforeDeadline());
    return new SlaDueInstants(
        addOpeningTime(receivedAt, policy.objectiveWarningAfter()),
        addOpeningTime(receivedAt, policy.objective()),
        // Less opening time than the warning's lead before the deadline: warn at once.
        warningLead.isNegative() ? receivedAt : addOpeningTime(receivedAt, warningLead),
        deadline);
  }

  /**
   * Walks the opening periods from {@code from}, until the instant {@code until} or until {@code
   * budget} of opening time is spent, whichever is given.
   */
  private Walk walk(Instant from, Instant until, Duration budget) {
    if (budget != null && budget.isZero()) {
      return new Walk(from, budget);
    }
    Duration counted = Duration.ZERO;
    LocalDate day = LocalDate.ofInstant(from, PARIS);
    for (int walked = 0; walked < MAX_DAYS_WALKED; walked++, day = day.plusDays(1)) {
      if (until != null && !day.atStartOfDay(PARIS).toInstant().isBefore(until)) {
        return new Walk(until, counted);
      }
      if (calendar.isClosed(day)) {
        continue;
      }
      for (OpeningInterval interval : openingHours.on(day.getDayOfWeek())) {
        Instant start = max(from, day.atTime(interval.start()).atZone(PARIS).toInstant());
        Instant end = day.atTime(interval.end()).atZone(PARIS).toInstant();
        if (until != null && until.isBefore(end)) {
          end = until;
        }
        if (!start.isBefore(end)) {
          continue;
        }
        Duration open = Duration.between(start, end);
        if (budget != null && budget.minus(counted).compareTo(open) <= 0) {
          return new Walk(start.plus(budget.minus(counted)), budget);
        }
        counted = counted.plus(open);
      }
    }
    throw new IllegalStateException("No opening time within " + MAX_DAYS_WALKED + " days");
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private record Walk(Instant reached, Duration counted) {}
}
