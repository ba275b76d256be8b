package fr.orthocab.support.portal.tickets;

import fr.orthocab.support.portal.PortalCustomer;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.Tickets;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** My requests: the customer's own tickets, most recently active first. */
@Named
@RequestScoped
public class ListTicketsBacking {
  @Inject private Tickets tickets;
  @Inject private PortalCustomer customer;

  private List<Ticket> mine;

  public List<Ticket> getMine() {
    if (mine == null) {
      mine = tickets.ofCustomer(customer.id());
    }
    return mine;
  }
}
