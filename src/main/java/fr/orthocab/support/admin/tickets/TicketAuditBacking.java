package fr.orthocab.support.admin.tickets;

import fr.orthocab.support.audit.AuditEntry;
import fr.orthocab.support.audit.AuditTrail;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The ticket's own latest entries of the audit trail: who changed it, and how. */
@Named
@RequestScoped
public class TicketAuditBacking {
  static final int SHOWN = 20;

  @Inject private ShowTicketBacking page;
  @Inject private AuditTrail trail;

  private List<AuditEntry> entries;

  /**
   * Read at rendering only, after the page's action changed the ticket: a postback also walks the
   * table while decoding, before the action.
   */
  public List<AuditEntry> getEntries() {
    if (FacesContext.getCurrentInstance().getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
      return List.of();
    }
    if (entries == null) {
      entries = trail.latestOfTicket(page.getTicket().getId(), SHOWN);
    }
    return entries;
  }
}
