package fr.orthocab.support.demo;

import fr.orthocab.support.faq.FaqArticle;
import fr.orthocab.support.faq.FaqText;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/**
 * The demo FAQ, published as the demo supervisor wrote it. Stored directly: the entry point's
 * writing is for a logged-in supervisor, and the start-up has no caller (a {@code @RunAs} bean was
 * refused there by Payara Micro).
 */
@Stateless
public class DemoFaq {
  static final String AUTHOR = "Nadia Lefèvre";

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  public void load() {
    Instant now = clock.instant();
    for (FaqText text : DemoFaqArticles.ALL) {
      FaqArticle article = new FaqArticle(text, AUTHOR, now);
      article.publish(AUTHOR, now);
      em.persist(article);
    }
  }
}
