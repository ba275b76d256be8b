package fr.orthocab.support.web;

import fr.orthocab.support.account.Actors;
import fr.orthocab.support.audit.AuditAction;
import fr.orthocab.support.audit.AuditTrail;
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
  @Inject private AuditTrail audit;
  @Inject private Actors actors;

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
    me.get()
        .ifPresent(
            account ->
                audit.record(
                    actors
                        .of(account)
                        .did(
                            AuditAction.LOGGED_OUT,
                            null,
                            account.getCustomer() == null ? null : account.getCustomer().getId(),
                            null)));
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    Pages.redirect(LOGIN + "?loggedOut=true&lang=" + lang);
    return null;
  }
}
