package fr.orthocab.support.web;

import fr.orthocab.support.account.InvitationUnusable;
import fr.orthocab.support.account.PasswordRefused;
import fr.orthocab.support.account.PortalInvitations;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;

/**
 * The page of an invitation link ({@code /invitation.xhtml?token=...}), reached without logging in:
 * the customer billing created chooses their portal password, once.
 */
@Named("invitation")
@ViewScoped
public class InvitationBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private PortalInvitations invitations;

  private String token;
  private String customerName;
  private boolean accepted;
  private transient String password;
  private transient String confirmation;

  public void onLoad() {
    if (!FacesContext.getCurrentInstance().isPostback()) {
      customerName = invitations.usable(token).map(i -> i.getCustomer().fullName()).orElse(null);
    }
  }

  public void accept() {
    char[] chosen = password == null ? new char[0] : password.toCharArray();
    password = null;
    try {
      if (!Arrays.equals(chosen, confirmation == null ? null : confirmation.toCharArray())) {
        Pages.errorHere("invitation.passwordsDiffer");
      } else {
        invitations.accept(token, chosen);
        accepted = true;
      }
    } catch (PasswordRefused refused) {
      Pages.errorHere("PasswordProblem." + refused.problem().name());
    } catch (InvitationUnusable e) {
      customerName = null;
    } finally {
      Arrays.fill(chosen, '\0');
      confirmation = null;
    }
  }

  /** A link that can still be used, and not used yet on this page. */
  public boolean isUsable() {
    return customerName != null && !accepted;
  }

  public String getCustomerName() {
    return customerName;
  }

  public boolean isAccepted() {
    return accepted;
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
