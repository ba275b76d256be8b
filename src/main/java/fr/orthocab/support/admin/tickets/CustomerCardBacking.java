package fr.orthocab.support.admin.tickets;

import fr.orthocab.support.subscription.Coverage;
import fr.orthocab.support.subscription.Subscription;
import fr.orthocab.support.subscription.Subscriptions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;

/** The customer's card beside a ticket: covered today or not, by which pack, and the history. */
@Named("customerCard")
@RequestScoped
public class CustomerCardBacking {
  @Inject private ShowTicketBacking page;
  @Inject private Subscriptions subscriptions;
  @Inject private Clock clock;

  private List<Subscription> history;
  private Coverage coverage;

  public List<Subscription> getHistory() {
    if (history == null) {
      history = subscriptions.historyOf(page.getTicket().getCustomer());
    }
    return history;
  }

  public Coverage getCoverage() {
    if (coverage == null) {
      coverage = Coverage.at(clock.instant(), getHistory());
    }
    return coverage;
  }
}
