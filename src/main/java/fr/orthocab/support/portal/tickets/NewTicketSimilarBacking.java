package fr.orthocab.support.portal.tickets;

import fr.orthocab.support.closing.FollowUps;
import fr.orthocab.support.duplicate.Duplicates;
import fr.orthocab.support.portal.PortalCustomer;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketNotFound;
import fr.orthocab.support.ticket.TicketReads;
import fr.orthocab.support.ticket.Tickets;
import fr.orthocab.support.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The customer's requests in progress that read like the one they are typing (DUP-COMMENT), read
 * from what the notice's ajax kept of the form; one click adds what they typed as a comment there,
 * nothing retyped, and takes them to it.
 */
@Named("similarRequests")
@ViewScoped
public class NewTicketSimilarBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private FollowUps followUps;
  @Inject private NewTicketNoticeBacking typed;
  @Inject private Duplicates duplicates;
  @Inject private Tickets tickets;
  @Inject private TicketReads ticketReads;
  @Inject private PortalCustomer customer;
  @Inject private Clock clock;

  private List<Ticket> similar = List.of();
  private String readFrom;

  /** The similar requests in progress, most alike first, for what is typed now. */
  public List<Ticket> getSimilar() {
    String text = typed.getSubject() + "\n" + typed.getDescription();
    if (!Objects.equals(text, readFrom)) {
      readFrom = text;
      similar = find();
    }
    return similar;
  }

  private List<Ticket> find() {
    if (typed.getDescription().isBlank() && typed.getSubject().isBlank()) {
      return List.of();
    }
    long me = customer.id();
    return duplicates
        .similarTo(me, typed.getSubject(), typed.getDescription(), clock.instant())
        .stream()
        .map(m -> ticketReads.findForCustomer(m.ticketId(), me).orElse(null))
        // one the customer's words would join now: not a request closed or resolved long ago
        .filter(t -> t != null && followUps.joins(t))
        .limit(3)
        .toList();
  }

  public String addAsComment(long ticketId) {
    String subject = typed.getSubject().strip();
    String description = typed.getDescription().strip();
    String text =
        subject.isEmpty()
            ? description
            : description.isEmpty() ? subject : subject + "\n\n" + description;
    if (text.isEmpty()) {
      return null;
    }
    try {
      tickets.comment(ticketId, customer.id(), text);
    } catch (TicketNotFound e) {
      Pages.notFound();
      return null;
    }
    Pages.info("portal_tickets_new.addedAsComment");
    return "/portal/tickets/show.xhtml?faces-redirect=true&id=" + ticketId;
  }
}
