package fr.orthocab.support.portal.tickets;

import fr.orthocab.support.portal.PortalCustomer;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketReads;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** My requests: the customer's own tickets, most recently active first. */
@Named
@RequestScoped
public class ListTicketsBacking {
  @Inject private TicketReads ticketReads;
  @Inject private PortalCustomer customer;

  private List<Ticket> mine;

  public List<Ticket> getMine() {
    if (mine == null) {
      mine = ticketReads.ofCustomer(customer.id());
    }
    return mine;
  }
}
