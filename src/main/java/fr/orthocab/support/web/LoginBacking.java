package fr.orthocab.support.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import fr.orthocab.support.account.Accounts;
import fr.orthocab.support.account.ContinueAfterLogin;
import fr.orthocab.support.customer.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/** The login page: form login through Jakarta Security, with a clear word when it is refused. */
@Named
@RequestScoped
public class LoginBacking {
  @Inject private SecurityContext security;
  @Inject private Accounts accounts;
  @Inject private CurrentAccount me;
  @Inject private LanguageSelection language;

  @NotBlank
  @Size(max = 254)
  private String email;

  @NotBlank
  @Size(max = 200)
  private String password;

  private String lang;
  private boolean loggedOut;

  /** Applies ?lang=, says goodbye after a logout; someone logged in has nothing to do here. */
  public void onLoad() {
    if (lang != null) {
      language.choose(Language.fromCode(lang));
    }
    if (me.isLoggedIn()) {
      Pages.redirect(me.isStaff() ? HomeBacking.ADMIN_HOME : HomeBacking.PORTAL_HOME);
    } else if (loggedOut) {
      Pages.info("login.loggedOut");
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(false);
    }
  }

  public String login() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    // A new session id for the logged-in session: an id known before login is worth nothing after.
    request.getSession(true);
    request.changeSessionId();
    AuthenticationStatus status =
        security.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(email, new Password(password))));
    password = null;
    switch (status) {
      case SEND_CONTINUE -> FacesContext.getCurrentInstance().responseComplete();
      case SUCCESS -> afterLogin(request);
      default -> refused();
    }
    return null;
  }

  private void afterLogin(HttpServletRequest request) {
    Optional<String> askedFor = ContinueAfterLogin.take(request);
    accounts
        .byEmail(email)
        .ifPresent(
            account -> {
              if (account.getCustomer() != null) {
                language.choose(account.getCustomer().getLanguage());
              }
              if (askedFor.isPresent()) {
                Pages.redirectWithin(askedFor.get());
              } else {
                Pages.redirect(
                    account.getRole().isStaff() ? HomeBacking.ADMIN_HOME : HomeBacking.PORTAL_HOME);
              }
            });
  }

  /** One message for every refusal: it tells nobody whether the address exists or is throttled. */
  private void refused() {
    Pages.errorHere("login.refused");
  }

  public String getLang() {
    return lang;
  }

  public void setLang(String lang) {
    this.lang = lang;
  }

  public boolean isLoggedOut() {
    return loggedOut;
  }

  public void setLoggedOut(boolean loggedOut) {
    this.loggedOut = loggedOut;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
