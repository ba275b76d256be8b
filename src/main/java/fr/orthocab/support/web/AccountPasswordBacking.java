package fr.orthocab.support.web;

import fr.orthocab.support.account.PasswordChanges;
import fr.orthocab.support.account.PasswordRefused;
import fr.orthocab.support.account.SessionLogin;
import fr.orthocab.support.platform.ClientAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * A logged-in person changes their own password ({@code /account/password.xhtml}): the current one
 * is asked for, and wrong guesses count as failed logins. This session goes on; the others end.
 */
@Named
@RequestScoped
public class AccountPasswordBacking {
  @Inject private PasswordChanges changes;
  @Inject private CurrentAccount me;
  @Inject private ClientAddress clientAddress;

  private String current;
  private String password;
  private String confirmation;
  private boolean changed;

  public void change() {
    char[] typed = password == null ? new char[0] : password.toCharArray();
    char[] old = current == null ? new char[0] : current.toCharArray();
    password = null;
    current = null;
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    try {
      if (!Arrays.equals(typed, confirmation == null ? null : confirmation.toCharArray())) {
        Pages.error("password_choose.differ");
        return;
      }
      Optional<Instant> at =
          changes.change(me.required().getId(), old, typed, clientAddress.of(request));
      if (at.isEmpty()) {
        Pages.error("account_password.wrongCurrent");
        return;
      }
      SessionLogin.renew(request, at.get());
      changed = true;
      Pages.info("account_password.changed");
    } catch (PasswordRefused refused) {
      Pages.error("PasswordProblem." + refused.problem().name());
    } finally {
      Arrays.fill(typed, '\0');
      Arrays.fill(old, '\0');
      confirmation = null;
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(false);
    }
  }

  public boolean isChanged() {
    return changed;
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
