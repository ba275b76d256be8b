package fr.orthocab.support.admin.customers;

import fr.orthocab.support.audit.AuditEntry;
import fr.orthocab.support.audit.AuditTrail;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The customer's own latest entries of the audit trail: their requests' changes, suspensions. */
@Named
@RequestScoped
public class CustomerAuditBacking {
  static final int SHOWN = 20;

  @Inject private ShowCustomerBacking page;
  @Inject private AuditTrail trail;

  private List<AuditEntry> entries;

  /** Read at rendering, after the page's action changed the customer. */
  public List<AuditEntry> getEntries() {
    if (entries == null) {
      entries = trail.latestOfCustomer(page.getCustomer().getId(), SHOWN);
    }
    return entries;
  }
}
