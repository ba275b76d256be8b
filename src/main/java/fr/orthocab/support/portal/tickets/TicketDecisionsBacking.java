package fr.orthocab.support.portal.tickets;

import fr.orthocab.support.policy.ClauseTexts;
import fr.orthocab.support.policy.Decision;
import fr.orthocab.support.policy.Decisions;
import fr.orthocab.support.web.LanguageSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * The decisions a request's page shows its customer, each with its clause's text as the policy
 * version it applied words it, in the customer's language.
 */
@Named("portalDecisions")
@RequestScoped
public class TicketDecisionsBacking {
  @Inject private ShowTicketBacking page;
  @Inject private Decisions decisions;
  @Inject private ClauseTexts clauseTexts;
  @Inject private LanguageSelection language;

  private List<Decision> shown;
  private Map<Long, String> texts;

  public List<Decision> getDecisions() {
    if (shown == null) {
      shown = decisions.shownToCustomer(page.getTicket().getId());
      texts = clauseTexts.ofDecisions(shown, language.getLanguage());
    }
    return shown;
  }

  /** Each shown decision's clause text, by decision id. */
  public Map<Long, String> getClauseTexts() {
    getDecisions();
    return texts;
  }
}
