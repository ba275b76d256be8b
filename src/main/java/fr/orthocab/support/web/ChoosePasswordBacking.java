package fr.orthocab.support.web;

import fr.orthocab.support.account.LinkState;
import fr.orthocab.support.account.LinkUnusable;
import fr.orthocab.support.account.PasswordLink;
import fr.orthocab.support.account.PasswordLinks;
import fr.orthocab.support.account.PasswordRefused;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;

/**
 * The page of a password link ({@code /password/choose.xhtml?token=...}), reached without logging
 * in: a team member invited, or anyone who asked for a reset, chooses their password, once. A link
 * that cannot be used says why (used, expired, withdrawn, unknown).
 */
@Named
@ViewScoped
public class ChoosePasswordBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private PasswordLinks links;

  private String token;
  private LinkState state = LinkState.UNKNOWN;
  private PasswordLink.Purpose purpose;
  private String accountEmail;
  private boolean chosen;
  private transient String password;
  private transient String confirmation;

  public void onLoad() {
    if (!FacesContext.getCurrentInstance().isPostback()) {
      state = links.stateOf(token);
      links
          .byToken(token)
          .ifPresent(
              link -> {
                purpose = link.getPurpose();
                accountEmail = link.getAccount().getEmail();
              });
    }
  }

  public void choose() {
    char[] typed = password == null ? new char[0] : password.toCharArray();
    password = null;
    try {
      if (!Arrays.equals(typed, confirmation == null ? null : confirmation.toCharArray())) {
        Pages.errorHere("password_choose.differ");
      } else {
        links.use(token, typed);
        chosen = true;
      }
    } catch (PasswordRefused refused) {
      Pages.errorHere("PasswordProblem." + refused.problem().name());
    } catch (LinkUnusable unusable) {
      state = unusable.state();
    } finally {
      Arrays.fill(typed, '\0');
      confirmation = null;
    }
  }

  public boolean isUsable() {
    return state == LinkState.USABLE && !chosen;
  }

  public boolean isInvitation() {
    return purpose == PasswordLink.Purpose.INVITATION;
  }

  public LinkState getState() {
    return state;
  }

  public String getAccountEmail() {
    return accountEmail;
  }

  public boolean isChosen() {
    return chosen;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
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
