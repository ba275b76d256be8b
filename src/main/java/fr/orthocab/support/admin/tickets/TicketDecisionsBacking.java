package fr.orthocab.support.admin.tickets;

import fr.orthocab.support.policy.ClauseTexts;
import fr.orthocab.support.web.LanguageSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/** The clause texts of a ticket's decisions, as each decision's policy version words them. */
@Named("adminDecisions")
@RequestScoped
public class TicketDecisionsBacking {
  @Inject private ShowTicketBacking page;
  @Inject private ClauseTexts clauseTexts;
  @Inject private LanguageSelection language;

  private Map<Long, String> texts;

  /** By decision id; read at rendering, after the page's action refreshed its decisions. */
  public Map<Long, String> getClauseTexts() {
    if (texts == null) {
      texts = clauseTexts.ofDecisions(page.getDecisions(), language.getLanguage());
    }
    return texts;
  }
}
