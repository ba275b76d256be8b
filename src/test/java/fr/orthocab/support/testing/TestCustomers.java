package fr.orthocab.support.testing;

import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Customers;
import fr.orthocab.support.customer.Language;
import fr.orthocab.support.subscription.Subscriptions;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Customers of an in-container test's own, each with a unique email and one subscription. */
@Dependent
public class TestCustomers {
  @Inject private Customers customers;
  @Inject private Subscriptions subscriptions;

  private final String unique = UUID.randomUUID().toString().substring(0, 8);
  private int registered;

  public Customer subscribed(String packCode, LocalDate from, LocalDate to) {
    return subscribed(Language.FR, packCode, from, to);
  }

  public Customer subscribed(Language language, String packCode, LocalDate from, LocalDate to) {
    Customer customer =
        customers.register(
            new Customer(
                "Client",
                "Test",
                "client" + registered++ + "." + unique + "@example.fr",
                language,
                Instant.now()));
    subscriptions.subscribe(customer, packCode, from, to);
    return customer;
  }
}
