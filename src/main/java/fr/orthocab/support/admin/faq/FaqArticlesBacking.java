package fr.orthocab.support.admin.faq;

import fr.orthocab.support.faq.FaqArticle;
import fr.orthocab.support.faq.FaqArticles;
import fr.orthocab.support.faq.FaqCategory;
import fr.orthocab.support.faq.FaqStatus;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The FAQ's articles for the support team, filtered by category and status. */
@Named("faqArticlesPage")
@ViewScoped
public class FaqArticlesBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private FaqArticles articles;

  private FaqCategory category;
  private FaqStatus status;
  private List<FaqArticle> shown;

  @PostConstruct
  public void filter() {
    shown = articles.list(category, status);
  }

  public List<FaqArticle> getShown() {
    return shown;
  }

  public FaqCategory[] getCategories() {
    return FaqCategory.values();
  }

  public FaqStatus[] getStatuses() {
    return FaqStatus.values();
  }

  public FaqCategory getCategory() {
    return category;
  }

  public void setCategory(FaqCategory category) {
    this.category = category;
  }

  public FaqStatus getStatus() {
    return status;
  }

  public void setStatus(FaqStatus status) {
    this.status = status;
  }
}
