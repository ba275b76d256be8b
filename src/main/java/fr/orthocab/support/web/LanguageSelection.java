package fr.orthocab.support.web;

import fr.orthocab.support.customer.Language;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The language of the pages for this session: French unless the person chose English. */
@Named("language")
@SessionScoped
public class LanguageSelection implements Serializable {
  private static final long serialVersionUID = 1L;

  private Language language = Language.FR;

  public Locale getLocale() {
    return language.locale();
  }

  public Language getLanguage() {
    return language;
  }

  public void choose(Language language) {
    this.language = language == null ? Language.FR : language;
  }

  public boolean isEnglish() {
    return language == Language.EN;
  }
}
