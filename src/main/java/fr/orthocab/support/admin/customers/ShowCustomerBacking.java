package fr.orthocab.support.admin.customers;

import fr.orthocab.support.account.Actors;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Customers;
import fr.orthocab.support.reads.ReadKind;
import fr.orthocab.support.reads.StaffReads;
import fr.orthocab.support.refusal.Refusal;
import fr.orthocab.support.refusal.Refusals;
import fr.orthocab.support.refusal.Suspension;
import fr.orthocab.support.refusal.Suspensions;
import fr.orthocab.support.subscription.Subscription;
import fr.orthocab.support.subscription.Subscriptions;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketReads;
import fr.orthocab.support.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;

/**
 * A customer's page for agents: who they are, their subscriptions, requests, refusals and
 * suspensions.
 */
@Named("adminCustomer")
@ViewScoped
public class ShowCustomerBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private StaffReads reads;
  @Inject private Actors actors;
  @Inject private Customers customers;
  @Inject private Subscriptions subscriptions;
  @Inject private TicketReads ticketReads;
  @Inject private Refusals refusals;
  @Inject private Suspensions suspensions;
  @Inject private Clock clock;

  private String id;
  private Customer customer;
  private List<Subscription> history;
  private List<Ticket> requests;
  private List<Refusal> refusalsOfCustomer;
  private List<Suspension> suspensionsOfCustomer;

  public void load() {
    OptionalLong customerId = Pages.id(id);
    customer = customerId.isPresent() ? customers.byId(customerId.getAsLong()).orElse(null) : null;
    if (customer == null) {
      Pages.notFound();
      return;
    }
    reads.record(actors.current(), ReadKind.CUSTOMER, customer.getId(), null, customer.getId());
    reload();
  }

  /** Shows the customer as they are now, after an action of another bean of the page. */
  void reload() {
    history = subscriptions.historyOf(customer);
    requests = ticketReads.ofCustomer(customer.getId());
    refusalsOfCustomer = refusals.ofCustomer(customer.getId());
    suspensionsOfCustomer = suspensions.ofCustomer(customer.getId());
  }

  public boolean isCurrent(Subscription subscription) {
    return subscription.covers(clock.instant());
  }

  /** Running or yet to start: a supervisor may still end it. */
  public boolean isEndable(Suspension suspension) {
    return suspension.isInForceOrAhead(clock.instant());
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Customer getCustomer() {
    return customer;
  }

  public List<Subscription> getSubscriptions() {
    return history;
  }

  public List<Ticket> getTickets() {
    return requests;
  }

  public List<Refusal> getRefusals() {
    return refusalsOfCustomer;
  }

  public List<Suspension> getSuspensions() {
    return suspensionsOfCustomer;
  }
}
