package fr.orthocab.support.admin.customers;

import fr.orthocab.support.account.Actors;
import fr.orthocab.support.erasure.CustomerErasures;
import fr.orthocab.support.erasure.EmailNotConfirmed;
import fr.orthocab.support.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * A supervisor's erasure of the customer, from their page: a reason, and the customer's email typed
 * again to confirm; a wrong email erases nothing and says so. The page is shown again with the
 * pseudonym.
 */
@Named
@RequestScoped
public class CustomerErasureBacking {
  @Inject private ShowCustomerBacking page;
  @Inject private CustomerErasures erasures;
  @Inject private Actors actors;

  @NotBlank
  @Size(max = CustomerErasures.MAX_REASON)
  private String reason;

  @NotBlank private String typedEmail;

  private boolean refused;

  public void erase() {
    if (!Faces.isUserInRole("SUPERVISOR")) {
      throw new IllegalStateException("A customer's erasure is for supervisors");
    }
    long customerId = page.getCustomer().getId();
    try {
      erasures.eraseConfirmed(actors.current(), customerId, reason, typedEmail);
    } catch (EmailNotConfirmed e) {
      refused = true;
      Messages.addError("erase:typedEmail", Pages.text("admin_customers_show.erasureEmailWrong"));
      return;
    }
    Pages.info("admin_customers_show.erased");
    Pages.redirect("/admin/customers/show.xhtml?id=" + customerId);
  }

  /** Whether the dialog opens again: the email typed was not the customer's. */
  public boolean isRefused() {
    return refused;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getTypedEmail() {
    return typedEmail;
  }

  public void setTypedEmail(String typedEmail) {
    this.typedEmail = typedEmail;
  }
}
