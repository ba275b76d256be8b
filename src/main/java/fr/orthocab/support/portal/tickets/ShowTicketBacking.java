package fr.orthocab.support.portal.tickets;

import fr.orthocab.support.attachment.Attached;
import fr.orthocab.support.attachment.MessageFiles;
import fr.orthocab.support.closing.FollowUp;
import fr.orthocab.support.closing.FollowUps;
import fr.orthocab.support.platform.Showable;
import fr.orthocab.support.portal.PortalCustomer;
import fr.orthocab.support.ticket.IllegalTransition;
import fr.orthocab.support.ticket.Message;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketChannel;
import fr.orthocab.support.ticket.TicketReads;
import fr.orthocab.support.ticket.TicketThreads;
import fr.orthocab.support.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import java.util.OptionalLong;

/** A request's page for its customer: the public thread, and a comment to add. */
@Named("portalTicket")
@ViewScoped
public class ShowTicketBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private FollowUps followUps;
  @Inject private TicketReads ticketReads;

  @Inject private TicketThreads ticketThreads;
  @Inject private PortalCustomer customer;
  @Inject private MessageFiles messageFiles;
  @Inject private PortalUploadBacking upload;

  private String id;
  private Ticket ticket;
  private List<Message> thread;

  @NotBlank
  @Size(min = 2, max = Message.MAX_BODY)
  @Showable(multiline = true)
  private String comment;

  /** Loads the ticket if it is this customer's; anything else is "not found". */
  public void load() {
    OptionalLong ticketId = Pages.id(id);
    ticket =
        ticketId.isPresent()
            ? ticketReads.findForCustomer(ticketId.getAsLong(), customer.id()).orElse(null)
            : null;
    if (ticket == null) {
      Pages.notFound();
      return;
    }
    thread = ticketThreads.publicThread(ticket.getId());
  }

  /**
   * Adds the comment; on a closed request, or one resolved long ago, it is a new request following
   * it, which the customer lands on.
   */
  public String addComment() {
    FollowUp landed;
    try {
      landed = followUps.write(ticket.getId(), customer.id(), comment, TicketChannel.PORTAL);
    } catch (IllegalTransition closed) {
      Pages.error("portal_tickets_show.closed");
      return null;
    }
    Attached attached = messageFiles.addToMessage(landed.message().getId(), upload.uploads());
    if (landed.newRequest()) {
      Pages.info(
          "portal_tickets_show.followUpOpened",
          landed.ticket().getReference(),
          ticket.getReference());
    } else {
      Pages.info("portal_tickets_show.commentAdded");
    }
    upload.told(attached);
    return "/portal/tickets/show.xhtml?faces-redirect=true&id=" + landed.ticket().getId();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Ticket getTicket() {
    return ticket;
  }

  public List<Message> getThread() {
    return thread;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
