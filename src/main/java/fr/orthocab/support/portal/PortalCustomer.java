package fr.orthocab.support.portal;

import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.subscription.Coverage;
import fr.orthocab.support.subscription.Subscriptions;
import fr.orthocab.support.web.CurrentAccount;
import fr.orthocab.support.web.LanguageSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The customer behind the portal's pages, and what their subscription says today. */
@Named
@RequestScoped
public class PortalCustomer {
  @Inject private CurrentAccount me;
  @Inject private Subscriptions subscriptions;
  @Inject private LanguageSelection language;
  @Inject private Clock clock;

  private Coverage coverage;

  public Customer get() {
    Customer customer = me.required().getCustomer();
    if (customer == null) {
      throw new IllegalStateException("The portal is for customer accounts");
    }
    return customer;
  }

  public long id() {
    return get().getId();
  }

  public Coverage getCoverage() {
    if (coverage == null) {
      coverage = subscriptions.coverageOf(get(), clock.instant());
    }
    return coverage;
  }

  /** The last day the covering subscription runs, as a person reads it. */
  public String getCoveredUntil() {
    return getCoverage()
        .subscription()
        .map(
            s ->
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(language.getLocale())
                    .format(s.getPeriodEnd()))
        .orElse("");
  }

  /** The name of the pack that covers the customer today, in the page's language. */
  public String getPackName() {
    return getCoverage().pack().map(p -> p.name(language.getLanguage())).orElse("");
  }
}
