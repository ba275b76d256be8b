package fr.orthocab.support.web;

import fr.orthocab.support.account.PasswordResets;
import fr.orthocab.support.platform.ClientAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * "Mot de passe oublié" ({@code /password/forgot.xhtml}), reached without logging in: the same
 * answer whatever the address, so that the page tells nobody which addresses have an account.
 */
@Named
@RequestScoped
public class ForgotPasswordBacking {
  @Inject private PasswordResets resets;
  @Inject private ClientAddress clientAddress;

  @NotBlank
  @Size(max = 254)
  private String email;

  private boolean sent;

  public void send() {
    resets.requestFor(
        email,
        clientAddress.of(
            (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest()));
    sent = true;
  }

  public boolean isSent() {
    return sent;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
