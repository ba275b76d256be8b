package fr.orthocab.support.admin.faq;

import fr.orthocab.support.faq.FaqArticle;
import fr.orthocab.support.faq.FaqArticles;
import fr.orthocab.support.faq.FaqCategory;
import fr.orthocab.support.faq.FaqText;
import fr.orthocab.support.faq.RichText;
import fr.orthocab.support.web.CurrentAccount;
import fr.orthocab.support.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.cdi.Param;

/** A supervisor writes or edits an article, previews its sanitised body, publishes or withdraws. */
@Named("editFaqArticle")
@ViewScoped
public class EditFaqArticleBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private FaqArticles articles;
  @Inject private CurrentAccount me;
  @Inject @Param private String id;

  private FaqArticle article;
  private FaqCategory category;
  private String titleFr;
  private String bodyFr;
  private String titleEn;
  private String bodyEn;

  @PostConstruct
  void load() {
    article = Pages.id(id).stream().boxed().findFirst().flatMap(articles::find).orElse(null);
    if (article != null) {
      FaqText text = article.text();
      category = text.category();
      titleFr = text.titleFr();
      bodyFr = text.bodyFr();
      titleEn = text.titleEn();
      bodyEn = text.bodyEn();
    }
  }

  /** Saves the texts; the article stays as published or draft as it was. */
  public String save() {
    return saved(false, "admin_faq.saved");
  }

  public String publish() {
    return saved(true, "admin_faq.published");
  }

  public String unpublish() {
    try {
      return done(
          articles.unpublish(article.getId(), article.getVersion(), me.getDisplayName()),
          "admin_faq.unpublished");
    } catch (EJBException e) {
      Pages.error("admin_faq.notSaved");
      return null;
    }
  }

  private String saved(boolean publish, String key) {
    FaqText text = new FaqText(category, titleFr, bodyFr, titleEn, bodyEn);
    String by = me.getDisplayName();
    try {
      FaqArticle saved =
          article == null
              ? articles.write(text, by)
              : articles.edit(article.getId(), article.getVersion(), text, by);
      if (publish) {
        saved = articles.publish(saved.getId(), saved.getVersion(), by);
      }
      return done(saved, key);
    } catch (EJBException e) {
      Pages.error("admin_faq.notSaved");
      return null;
    }
  }

  private String done(FaqArticle saved, String key) {
    Pages.info(key, saved.getTitleFr());
    return "/admin/faq/articles.xhtml?faces-redirect=true";
  }

  public String getPreviewFr() {
    return RichText.clean(bodyFr);
  }

  public String getPreviewEn() {
    return RichText.clean(bodyEn);
  }

  public FaqArticle getArticle() {
    return article;
  }

  public FaqCategory[] getCategories() {
    return FaqCategory.values();
  }

  public FaqCategory getCategory() {
    return category;
  }

  public void setCategory(FaqCategory category) {
    this.category = category;
  }

  public String getTitleFr() {
    return titleFr;
  }

  public void setTitleFr(String titleFr) {
    this.titleFr = titleFr;
  }

  public String getBodyFr() {
    return bodyFr;
  }

  public void setBodyFr(String bodyFr) {
    this.bodyFr = bodyFr;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public void setTitleEn(String titleEn) {
    this.titleEn = titleEn;
  }

  public String getBodyEn() {
    return bodyEn;
  }

  public void setBodyEn(String bodyEn) {
    this.bodyEn = bodyEn;
  }
}
