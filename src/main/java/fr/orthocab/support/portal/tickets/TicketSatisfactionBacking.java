package fr.orthocab.support.portal.tickets;

import fr.orthocab.support.platform.Showable;
import fr.orthocab.support.portal.PortalCustomer;
import fr.orthocab.support.satisfaction.Rating;
import fr.orthocab.support.satisfaction.SatisfactionRating;
import fr.orthocab.support.satisfaction.Satisfactions;
import fr.orthocab.support.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * "Did our answer help you?" on a resolved (or since closed) request's page, for its customer: the
 * same question as the mail's, answered again at will (the latest answer wins), with a comment.
 */
@Named("portalSatisfaction")
@RequestScoped
public class TicketSatisfactionBacking {
  @Inject private ShowTicketBacking page;
  @Inject private Satisfactions satisfactions;
  @Inject private PortalCustomer customer;

  private Optional<SatisfactionRating> current;

  @Size(max = SatisfactionRating.MAX_COMMENT)
  @Showable(multiline = true)
  private String comment;

  public boolean isAskable() {
    return Satisfactions.askable(page.getTicket());
  }

  public SatisfactionRating getCurrent() {
    if (current == null) {
      current = satisfactions.ofTicket(page.getTicket().getId());
    }
    return current.orElse(null);
  }

  public String rate(String answer) {
    SatisfactionRating rating =
        satisfactions.rateOnPortal(page.getTicket().getId(), customer.id(), Rating.valueOf(answer));
    if (comment != null && !comment.isBlank()) {
      satisfactions.comment(rating.getId(), comment);
    }
    Pages.info("satisfaction.thanks");
    return "/portal/tickets/show.xhtml?faces-redirect=true&id=" + page.getTicket().getId();
  }

  public String getComment() {
    if (comment == null && getCurrent() != null) {
      comment = getCurrent().getComment();
    }
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
