package fr.orthocab.support.demo;

import fr.orthocab.support.faq.FaqArticle;
import fr.orthocab.support.faq.FaqArticles;
import fr.orthocab.support.faq.FaqText;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Writes and publishes the demo FAQ as the demo supervisor would (publishing is theirs). */
@Stateless
@RunAs("SUPERVISOR")
public class DemoFaq {
  static final String AUTHOR = "Nadia Lefèvre";

  @Inject private FaqArticles articles;

  public void load() {
    for (FaqText text : DemoFaqArticles.ALL) {
      FaqArticle article = articles.write(text, AUTHOR);
      articles.publish(article.getId(), article.getVersion(), AUTHOR);
    }
  }
}
