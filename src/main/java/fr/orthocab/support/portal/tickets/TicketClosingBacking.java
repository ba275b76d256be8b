package fr.orthocab.support.portal.tickets;

import fr.orthocab.support.platform.ClockProducer;
import fr.orthocab.support.platform.DateWords;
import fr.orthocab.support.portal.PortalCustomer;
import fr.orthocab.support.ticket.ClosingDelays;
import fr.orthocab.support.ticket.IllegalTransition;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketReads;
import fr.orthocab.support.ticket.Tickets;
import fr.orthocab.support.web.LanguageSelection;
import fr.orthocab.support.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * A request's closing, as its customer sees it: "Mon problème est résolu", the request it follows
 * and those that follow it, and what a comment will do now (reopen it, or start a new request).
 */
@Named("portalClosing")
@RequestScoped
public class TicketClosingBacking {
  @Inject private ShowTicketBacking page;
  @Inject private Tickets tickets;
  @Inject private TicketReads reads;
  @Inject private PortalCustomer customer;
  @Inject private ClosingDelays delays;
  @Inject private Clock clock;
  @Inject private LanguageSelection language;

  private List<Ticket> followers;

  public String close() {
    Ticket ticket = page.getTicket();
    try {
      tickets.closeByCustomer(ticket.getId(), customer.id());
    } catch (IllegalTransition changed) {
      Pages.error("portal_tickets_show.notClosable");
      return null;
    }
    Pages.info("portal_tickets_show.closedByYou");
    return "/portal/tickets/show.xhtml?faces-redirect=true&id=" + ticket.getId();
  }

  public boolean isClosable() {
    return page.getTicket().closableByCustomer();
  }

  /** A comment now starts a new request following this one instead of joining it. */
  public boolean isCommentStartsNewRequest() {
    Ticket ticket = page.getTicket();
    return ticket.getStatus().followedByNewRequest()
        && !ticket.takesCustomerMessageAt(clock.instant(), delays.reopenWindow());
  }

  /** The day the desk said this resolved request closes by itself, in words. */
  public String getAutoCloseDay() {
    Instant day = page.getTicket().getAutoCloseAt();
    return day == null
        ? ""
        : DateWords.day(
            language.getLanguage().locale(), day.atZone(ClockProducer.PARIS).toLocalDate());
  }

  /** The requests that follow this one, oldest first. */
  public List<Ticket> getFollowers() {
    if (followers == null) {
      followers =
          reads.followersOf(page.getTicket().getId()).stream()
              .filter(t -> t.getCustomer() != null && t.getCustomer().getId() == customer.id())
              .toList();
    }
    return followers;
  }
}
