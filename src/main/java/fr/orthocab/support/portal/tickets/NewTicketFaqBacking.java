package fr.orthocab.support.portal.tickets;

import fr.orthocab.support.faq.FaqArticle;
import fr.orthocab.support.faq.FaqArticles;
import fr.orthocab.support.faq.FaqDeflections;
import fr.orthocab.support.portal.PortalCustomer;
import fr.orthocab.support.portal.SuggestedArticle;
import fr.orthocab.support.web.LanguageSelection;
import fr.orthocab.support.web.Pages;
import jakarta.faces.component.UIInput;
import jakarta.faces.event.AjaxBehaviorEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * FAQ-FIRST on the new-request page: while the customer types, the published articles that may
 * answer; "this answered my question" ends the request before it is created (nothing is sent) and
 * is counted, as is each form where suggestions were shown (once).
 */
@Named("faqSuggestions")
@ViewScoped
public class NewTicketFaqBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private FaqArticles articles;
  @Inject private FaqDeflections deflections;
  @Inject private PortalCustomer customer;
  @Inject private LanguageSelection language;

  private String subject = "";
  private String description = "";
  private List<SuggestedArticle> suggestions = List.of();
  private boolean counted;

  public void typed(AjaxBehaviorEvent event) {
    UIInput input = (UIInput) event.getComponent();
    String value = input.getValue() == null ? "" : input.getValue().toString();
    if ("subject".equals(input.getId())) {
      subject = value;
    } else {
      description = value;
    }
    List<FaqArticle> found = articles.suggest(subject, description, language.getLanguage());
    suggestions = found.stream().map(a -> SuggestedArticle.of(a, language.getLanguage())).toList();
    if (!suggestions.isEmpty() && !counted) {
      deflections.suggested(customer.id());
      counted = true;
    }
  }

  /** The customer's question is answered: counted, nothing sent, back to their requests. */
  public String answered(long articleId) {
    if (suggestions.stream().noneMatch(s -> s.id() == articleId)) {
      return null;
    }
    deflections.deflected(articleId, customer.id());
    Pages.info("portal_faq.thanks");
    return "/portal/tickets/list.xhtml?faces-redirect=true";
  }

  public List<SuggestedArticle> getSuggestions() {
    return suggestions;
  }
}
