package fr.orthocab.support.admin.tickets;

import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketReads;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The requests that follow this one ("suite de"), shown beside the one it follows. */
@Named("ticketLinks")
@RequestScoped
public class TicketLinksBacking {
  @Inject private ShowTicketBacking page;
  @Inject private TicketReads reads;

  private List<Ticket> followers;

  public List<Ticket> getFollowers() {
    if (followers == null) {
      followers = reads.followersOf(page.getTicket().getId());
    }
    return followers;
  }
}
