package fr.orthocab.support.admin;

import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.CustomerSearch;
import fr.orthocab.support.customer.Customers;
import fr.orthocab.support.text.Passage;
import fr.orthocab.support.ticket.QueueFilter;
import fr.orthocab.support.ticket.QueueOrder;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketQueue;
import fr.orthocab.support.ticket.TicketReads;
import fr.orthocab.support.ticket.search.SearchPassages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The header's search box, answered: a reference opens its request; an email finds the customer and
 * the requests sent from it; other words find customers by name and requests by their words, best
 * match first, each with the passage that matched.
 */
@Named
@RequestScoped
public class SearchBacking {
  static final int CUSTOMERS = 10;
  static final int TICKETS = 25;

  @Inject private TicketReads ticketReads;
  @Inject private TicketQueue queue;
  @Inject private Customers customers;
  @Inject private SearchPassages passages;

  private String q;
  private List<Customer> customersFound = List.of();
  private List<Ticket> ticketsFound = List.of();
  private Map<Long, Passage> passageOf = Map.of();
  private long customerTotal;
  private int ticketTotal;

  /** Opens the request a reference names; otherwise lists what the words find. */
  public String load() {
    SearchBox box = new SearchBox(q);
    if (box.blank()) {
      return null;
    }
    OptionalLong id = box.ticketId();
    if (id.isPresent() && ticketReads.find(id.getAsLong()).isPresent()) {
      return "/admin/tickets/show?faces-redirect=true&id=" + id.getAsLong();
    }
    CustomerSearch who = new CustomerSearch(box.typed(), null, null);
    customersFound = customers.find(who, 0, CUSTOMERS);
    customerTotal = customers.count(who);
    QueueFilter what =
        box.email()
            ? new QueueFilter(Set.of(), null, null, box.typed(), null, null, null, null, null)
            : new QueueFilter(Set.of(), null, box.typed(), null, null, null, null, null, null);
    QueueOrder order = box.email() ? QueueOrder.RECEIVED : QueueOrder.RELEVANCE;
    ticketsFound = queue.page(what, order, false, 0, TICKETS);
    ticketTotal = queue.count(what);
    passageOf = box.email() ? Map.of() : passages.of(ticketsFound, box.typed());
    return null;
  }

  /** The passage of a request found by its words; none when it was found by its sender. */
  public Passage passage(Ticket ticket) {
    return passageOf.get(ticket.getId());
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public List<Customer> getCustomers() {
    return customersFound;
  }

  public long getCustomerTotal() {
    return customerTotal;
  }

  public List<Ticket> getTickets() {
    return ticketsFound;
  }

  public int getTicketTotal() {
    return ticketTotal;
  }
}
