package fr.orthocab.support.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/** The site's root sends each person to their home; logout ends the session. */
@Named
@RequestScoped
public class HomeBacking {
  static final String PORTAL_HOME = "/portal/tickets/list.xhtml";
  static final String ADMIN_HOME = "/admin/tickets/queue.xhtml";
  static final String LOGIN = "/login.xhtml";

  @Inject private CurrentAccount me;

  public void goHome() {
    if (!me.isLoggedIn()) {
      Pages.redirect(LOGIN);
    } else {
      Pages.redirect(me.isStaff() ? ADMIN_HOME : PORTAL_HOME);
    }
  }

  @Inject private LanguageSelection language;

  /** Ends the session; the login page that follows keeps the language the person was using. */
  public String logout() throws ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    String lang = language.getLanguage().name().toLowerCase(Locale.ROOT);
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    Pages.redirect(LOGIN + "?loggedOut=true&lang=" + lang);
    return null;
  }
}
