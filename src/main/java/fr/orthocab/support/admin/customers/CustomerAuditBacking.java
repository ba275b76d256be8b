package fr.orthocab.support.admin.customers;

import fr.orthocab.support.audit.AuditEntry;
import fr.orthocab.support.audit.AuditTrail;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
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

  /**
   * Read at rendering only, after the page's action changed the customer: a postback also walks the
   * table while decoding, before the action.
   */
  public List<AuditEntry> getEntries() {
    if (FacesContext.getCurrentInstance().getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
      return List.of();
    }
    if (entries == null) {
      entries = trail.latestOfCustomer(page.getCustomer().getId(), SHOWN);
    }
    return entries;
  }
}
