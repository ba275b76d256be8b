package fr.orthocab.support.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Language;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageTest {
  private final Customer customer =
      new Customer("Petit", "Sophie", "s@x.fr", Language.FR, Instant.EPOCH);
  private final Pack telesoin = new Pack("TELESOIN", "Télésoin", "Telehealth", true, true);
  private final Pack free = new Pack("GRATUIT", "Gratuit", "Free", false, false);

  @Test
  void aPeriodCoversItsLastDayUntilMidnightInParis() {
    Subscription s =
        new Subscription(customer, telesoin, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 25));
    // 23:30 in Paris on the last day (UTC+1 in November) is still covered...
    assertTrue(s.covers(Instant.parse("2026-11-25T22:30:00Z")));
    // ...00:10 in Paris the next day is not, although it is still the 25th in UTC.
    assertFalse(s.covers(Instant.parse("2026-11-25T23:10:00Z")));
    // The first day starts at 00:00 in Paris, that is 23:00 UTC the day before.
    assertTrue(s.covers(Instant.parse("2025-12-31T23:00:00Z")));
    assertFalse(s.covers(Instant.parse("2025-12-31T22:59:59Z")));
  }

  @Test
  void aCancellationEndsCoverageFromItsInstant() {
    Subscription s =
        new Subscription(customer, telesoin, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    Instant cancelled = Instant.parse("2026-06-01T10:00:00Z");
    s.cancel(cancelled);
    assertTrue(s.covers(cancelled.minusSeconds(1)));
    assertFalse(s.covers(cancelled));
  }

  @Test
  void aPeriodCannotEndBeforeItStarts() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Subscription(customer, free, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)));
  }

  @Test
  void aPriorityPackWinsWhenPeriodsOverlap() {
    Subscription freeLonger =
        new Subscription(customer, free, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
    Subscription paid =
        new Subscription(customer, telesoin, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    Coverage coverage =
        Coverage.at(Instant.parse("2026-06-01T10:00:00Z"), List.of(freeLonger, paid));
    assertTrue(coverage.isCovered());
    assertTrue(coverage.isPriority());
    assertEquals("TELESOIN", coverage.pack().orElseThrow().getCode());
  }

  @Test
  void aLapsedCustomerIsNotCoveredButTheirLatestSubscriptionIsKnown() {
    Subscription expired =
        new Subscription(customer, telesoin, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
    Coverage coverage = Coverage.at(Instant.parse("2026-06-01T10:00:00Z"), List.of(expired));
    assertFalse(coverage.isCovered());
    assertFalse(coverage.isPriority());
    assertEquals(expired, coverage.latest().orElseThrow());
  }

  @Test
  void coverageEndsAtMidnightInParisAfterTheLastDayOrAtAnEarlierCancellation() {
    Subscription s =
        new Subscription(customer, free, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
    assertEquals(Instant.parse("2026-06-30T22:00:00Z"), s.coveredUntil(), "UTC+2 in summer");
    assertEquals(LocalDate.of(2026, 6, 30), s.lastDay());

    s.cancel(Instant.parse("2026-03-10T14:00:00Z"));
    assertEquals(Instant.parse("2026-03-10T14:00:00Z"), s.coveredUntil());
    assertEquals(LocalDate.of(2026, 3, 10), s.lastDay());
  }

  @Test
  void theSubscriptionThatEndedLastIsTheOneWhoseEndMadeTheCustomerLapse() {
    Subscription older =
        new Subscription(customer, telesoin, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 5, 31));
    Subscription cancelled =
        new Subscription(customer, free, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    cancelled.cancel(Instant.parse("2026-06-02T08:00:00Z"));
    Subscription future =
        new Subscription(customer, free, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31));

    Coverage coverage =
        Coverage.at(Instant.parse("2026-06-03T10:00:00Z"), List.of(older, cancelled, future));

    assertFalse(coverage.isCovered());
    assertEquals(cancelled, coverage.endedLast().orElseThrow(), "its cancellation came last");
    assertEquals(future, coverage.latest().orElseThrow(), "what the customer would renew");
    assertTrue(
        Coverage.at(Instant.parse("2026-05-31T10:00:00Z"), List.of(older)).endedLast().isEmpty(),
        "nothing has ended while the last day lasts");
  }
}
