package fr.orthocab.support.portal;

import fr.orthocab.support.customer.Language;
import fr.orthocab.support.faq.FaqArticle;
import java.io.Serializable;

/**
 * An FAQ article as the portal shows it: its id, title and sanitised body in the customer's
 * language, and whether it is shown in French to a customer who reads English (the article has no
 * English version yet: the page says so beside the title). Shared by the FAQ page and the
 * new-request page's suggestions.
 */
public record SuggestedArticle(long id, String title, String body, boolean frenchOnly)
    implements Serializable {

  public static SuggestedArticle of(FaqArticle article, Language language) {
    return new SuggestedArticle(
        article.getId(),
        article.title(language),
        article.body(language),
        language == Language.EN && !article.hasEnglish());
  }
}
