package fr.orthocab.support.admin.tickets;

import fr.orthocab.support.audit.AuditEntry;
import fr.orthocab.support.audit.AuditTrail;
import jakarta.enterprise.context.RequestScoped;
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

  /** Read at rendering, after the page's action changed the ticket. */
  public List<AuditEntry> getEntries() {
    if (entries == null) {
      entries = trail.latestOfTicket(page.getTicket().getId(), SHOWN);
    }
    return entries;
  }
}
