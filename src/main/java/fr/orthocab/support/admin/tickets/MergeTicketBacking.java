package fr.orthocab.support.admin.tickets;

import fr.orthocab.support.duplicate.Merges;
import fr.orthocab.support.duplicate.TicketMerge;
import fr.orthocab.support.screening.FlagKind;
import fr.orthocab.support.screening.TicketFlags;
import fr.orthocab.support.ticket.IllegalTransition;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketChangedMeanwhile;
import fr.orthocab.support.web.CurrentAccount;
import fr.orthocab.support.web.Pages;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The merge form of a ticket's page (DUP-COMMENT): the original, by reference, suggested from the
 * probable-duplicate flag; the link to the original of a merged ticket, and the requests merged in.
 */
@Named("merge")
@RequestScoped
public class MergeTicketBacking {
  @Inject private ShowTicketBacking page;
  @Inject private Merges merges;
  @Inject private TicketFlags flags;
  @Inject private CurrentAccount me;

  @NotBlank
  @Size(max = 30)
  private String original;

  private List<TicketMerge> mergedIn;

  /** The original the probable-duplicate flag names, offered first. */
  public String getSuggestion() {
    Ticket ticket = page.getTicket();
    if (ticket == null) {
      return null;
    }
    return flags.ofTicket(ticket.getId()).stream()
        .filter(f -> f.getKind() == FlagKind.PROBABLE_DUPLICATE)
        .map(f -> Merges.suggestedOriginal(f.getDetail()).orElse(null))
        .filter(r -> r != null)
        .findFirst()
        .orElse(null);
  }

  public String merge() {
    Ticket ticket = page.getTicket();
    try {
      TicketMerge done = merges.merge(ticket.getId(), ticket.getVersion(), original, me.required());
      Pages.info("admin_tickets_show.merged", ticket.getReference(), original.strip());
      return "/admin/tickets/show.xhtml?faces-redirect=true&id=" + done.getOriginal().getId();
    } catch (TicketChangedMeanwhile e) {
      Pages.error("admin_tickets_show.changedMeanwhile", ticket.getReference());
    } catch (IllegalTransition | IllegalArgumentException | EJBException e) {
      Pages.error("admin_tickets_show.mergeImpossible", original);
    }
    page.reload();
    return null;
  }

  /** The requests merged into this one, oldest merge first. */
  public List<TicketMerge> getMergedIn() {
    if (mergedIn == null) {
      mergedIn = page.getTicket() == null ? List.of() : merges.mergedInto(page.getTicket().getId());
    }
    return mergedIn;
  }

  public String getOriginal() {
    return original == null ? getSuggestion() : original;
  }

  public void setOriginal(String original) {
    this.original = original;
  }
}
