package fr.orthocab.support.admin.customers;

import fr.orthocab.support.account.PortalInvitation;
import fr.orthocab.support.account.PortalInvitations;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;

/**
 * The portal invitations on a customer's page: when each was made, until when it is valid, and
 * whether the customer used it; and a new one for a customer who lost theirs or let it expire. The
 * link itself is kept nowhere: it is made when the invitation's mail leaves.
 */
@Named("customerInvitations")
@RequestScoped
public class CustomerInvitationsBacking {
  @Inject private ShowCustomerBacking page;
  @Inject private PortalInvitations invitations;
  @Inject private Clock clock;

  private List<PortalInvitation> list;

  public List<PortalInvitation> getList() {
    if (list == null) {
      list = page.getCustomer() == null ? List.of() : invitations.of(page.getCustomer().getId());
    }
    return list;
  }

  /** Mails the customer a new invitation (the customer can ask for one themselves too). */
  public void sendAgain() {
    Customer customer = page.getCustomer();
    if (customer != null) {
      invitations.sendAgain(customer);
      Pages.info("admin_customers_show.invitationSent", customer.getEmail());
      list = null;
    }
  }

  /** {@code USED}, {@code PENDING} or {@code EXPIRED}, for the wording and the style. */
  public String state(PortalInvitation invitation) {
    if (invitation.getUsedAt() != null) {
      return "USED";
    }
    return invitation.usableAt(clock.instant()) ? "PENDING" : "EXPIRED";
  }
}
