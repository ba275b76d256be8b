package fr.orthocab.support.portal;

import fr.orthocab.support.faq.FaqArticles;
import fr.orthocab.support.faq.FaqStatus;
import fr.orthocab.support.web.LanguageSelection;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.cdi.Param;

/** The portal's FAQ: the published articles matching the customer's words, in their language. */
@Named("portalFaq")
@RequestScoped
public class FaqBacking {
  @Inject private FaqArticles articles;
  @Inject private LanguageSelection language;

  @Inject @Param private String q;

  private List<SuggestedArticle> results = List.of();

  /** The articles matching the words searched, or every published one before a search. */
  @PostConstruct
  void search() {
    results =
        (isSearched()
                ? articles.search(q.strip(), language.getLanguage())
                : articles.list(null, FaqStatus.PUBLISHED))
            .stream().map(a -> SuggestedArticle.of(a, language.getLanguage())).toList();
  }

  public String getQ() {
    return q;
  }

  public boolean isSearched() {
    return q != null && !q.isBlank();
  }

  public List<SuggestedArticle> getResults() {
    return results;
  }
}
