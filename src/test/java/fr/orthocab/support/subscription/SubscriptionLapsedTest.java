package fr.orthocab.support.subscription;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Language;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubscriptionLapsedTest {
  private final Customer customer =
      new Customer("Petit", "Sophie", "s@x.fr", Language.FR, Instant.EPOCH);
  private final Pack telesoin = new Pack("TELESOIN", "Télésoin", "Telehealth", true, true);
  private final Pack free = new Pack("GRATUIT", "Gratuit", "Free", false, false);
  private final Instant dayAfter = Instant.parse("2026-11-26T09:00:00Z");
  private final Subscription ended =
      new Subscription(customer, telesoin, LocalDate.of(2025, 11, 26), LocalDate.of(2026, 11, 25));

  @Test
  void aCustomerCoveredByNothingAfterTheEndLapsed() {
    assertTrue(lapse(List.of(ended)).uncovered());
  }

  @Test
  void aContiguousRenewalOrAnotherPackIsNoLapseOfTheCustomer() {
    Subscription renewed =
        new Subscription(
            customer, telesoin, LocalDate.of(2026, 11, 26), LocalDate.of(2027, 11, 25));
    Subscription freeAfter =
        new Subscription(customer, free, LocalDate.of(2026, 11, 26), LocalDate.of(2027, 11, 25));
    assertFalse(lapse(List.of(ended, renewed)).uncovered());
    assertFalse(lapse(List.of(ended, freeAfter)).uncovered());
  }

  private SubscriptionLapsed lapse(List<Subscription> history) {
    return new SubscriptionLapsed(
        customer, Coverage.at(dayAfter, history), dayAfter, new ArrayList<>());
  }
}
