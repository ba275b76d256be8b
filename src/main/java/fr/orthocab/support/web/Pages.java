package fr.orthocab.support.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Small Faces helpers shared by the portal's and the admin's backing beans. */
public final class Pages {
  private static final String BUNDLE = "fr.orthocab.support.i18n.messages";

  private Pages() {}

  /** The text of a key of the pages' bundle, in the language the person chose. */
  public static String text(String key, Object... args) {
    return textIn(CDI.current().select(LanguageSelection.class).get().getLocale(), key, args);
  }

  /** The text of a key in another person's language (a customer's, in a text an agent sends). */
  public static String textIn(Locale locale, String key, Object... args) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
    String pattern = bundle.getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
  }

  public static void info(String key, Object... args) {
    add(FacesMessage.SEVERITY_INFO, key, args);
  }

  public static void error(String key, Object... args) {
    add(FacesMessage.SEVERITY_ERROR, key, args);
  }

  /**
   * An error on the page this request answers (a refused form, re-rendered), rather than kept for
   * the page a redirect would lead to.
   */
  public static void errorHere(String key, Object... args) {
    error(key, args);
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(false);
  }

  private static void add(FacesMessage.Severity severity, String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(severity, text(key, args), null));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }

  /** Answers 404: for an unknown id, a malformed one, or a ticket the caller may not see. */
  public static void notFound() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(404, "Not found");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  /** Parses a request parameter as an id; empty when it is missing or not a positive number. */
  public static java.util.OptionalLong id(String raw) {
    if (raw == null || !raw.matches("\\d{1,18}")) {
      return java.util.OptionalLong.empty();
    }
    return java.util.OptionalLong.of(Long.parseLong(raw));
  }

  public static void redirect(String path) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces
          .getExternalContext()
          .redirect(faces.getExternalContext().getRequestContextPath() + path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Redirects to a path that already holds the context path (a page remembered earlier). */
  public static void redirectWithin(String contextPathAndPage) {
    try {
      FacesContext.getCurrentInstance().getExternalContext().redirect(contextPathAndPage);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
