package fr.orthocab.support.admin.tickets;

import fr.orthocab.support.satisfaction.SatisfactionRating;
import fr.orthocab.support.satisfaction.Satisfactions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * What the customer said of the answer to their request ("did it help?", with their comment), or
 * that they were asked and have not answered yet, for the agents on the ticket's page.
 */
@Named("adminSatisfaction")
@RequestScoped
public class TicketSatisfactionBacking {
  @Inject private ShowTicketBacking page;
  @Inject private Satisfactions satisfactions;

  private Optional<SatisfactionRating> rating;

  /** The customer's latest answer; null when they gave none. */
  public SatisfactionRating getRating() {
    if (rating == null) {
      rating = satisfactions.ofTicket(page.getTicket().getId());
    }
    return rating.orElse(null);
  }

  /** Asked (resolved by an agent, or closed since) and not answered yet. */
  public boolean isAwaited() {
    return getRating() == null && Satisfactions.askable(page.getTicket());
  }

  public boolean isShown() {
    return getRating() != null || isAwaited();
  }
}
