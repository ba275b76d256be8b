package fr.orthocab.support.web;

import fr.orthocab.support.intake.IdentityConfirmations;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The page of the link a customer receives to confirm a request sent from another address with
 * their identity ({@code /confirm-identity.xhtml?token=...}), reached without logging in: the token
 * is the proof. Whoever holds the link sees the request's subject, nothing about the customer; the
 * page speaks the customer's language. Confirming is a button, never the link itself, so that a
 * mail scanner opening links confirms nothing.
 */
@Named("confirmIdentity")
@ViewScoped
public class ConfirmIdentityBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private IdentityConfirmations confirmations;
  @Inject private LanguageSelection language;

  private String token;
  private String subject;
  private boolean confirmed;

  public void onLoad() {
    if (!FacesContext.getCurrentInstance().isPostback()) {
      confirmations
          .pending(token)
          .ifPresent(
              pending -> {
                subject = pending.subject();
                language.choose(pending.language());
                FacesContext.getCurrentInstance()
                    .getViewRoot()
                    .setLocale(pending.language().locale());
              });
    }
  }

  public void confirm() {
    confirmed = confirmations.confirm(token);
    if (!confirmed) {
      subject = null;
    }
  }

  /** A link that can still confirm its request, not used yet on this page. */
  public boolean isUsable() {
    return subject != null && !confirmed;
  }

  public boolean isConfirmed() {
    return confirmed;
  }

  public String getSubject() {
    return subject;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
