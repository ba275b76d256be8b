package fr.orthocab.support.admin.held;

import fr.orthocab.support.intake.Intake;
import fr.orthocab.support.ticket.IllegalTransition;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketAction;
import fr.orthocab.support.ticket.TicketChangedMeanwhile;
import fr.orthocab.support.ticket.TicketReads;
import fr.orthocab.support.ticket.TicketStatus;
import fr.orthocab.support.web.CurrentAccount;
import fr.orthocab.support.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The supervisors' held views: requests awaiting identification, awaiting renewal or throttled,
 * held longest first; a throttled or lapsed customer's request can be let into the queue from here.
 */
@Named("held")
@ViewScoped
public class HeldRequestsBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int MAX_ROWS = 500;
  static final List<TicketStatus> VIEWS =
      List.of(
          TicketStatus.AWAITING_IDENTIFICATION,
          TicketStatus.AWAITING_RENEWAL,
          TicketStatus.THROTTLED);

  @Inject private TicketReads ticketReads;
  @Inject private Intake intake;
  @Inject private CurrentAccount me;

  private TicketStatus status = TicketStatus.AWAITING_IDENTIFICATION;
  private List<Ticket> requests;

  public void load() {
    requests = ticketReads.heldIn(status, MAX_ROWS);
  }

  public void release(Ticket ticket) {
    try {
      intake.releaseByAgent(ticket.getId(), ticket.getVersion(), me.required());
      Pages.info("admin_held_list.released", ticket.getReference());
    } catch (TicketChangedMeanwhile e) {
      Pages.error("admin_tickets_show.changedMeanwhile", ticket.getReference());
    } catch (IllegalTransition e) {
      Pages.error("admin_tickets_show.illegalTransition");
    }
    load();
  }

  /** Requests awaiting identification go on once identified, from their page; not from here. */
  public boolean isReleasable() {
    return status.allows(TicketAction.RELEASE);
  }

  public List<TicketStatus> getViews() {
    return VIEWS;
  }

  public List<Ticket> getRequests() {
    return requests;
  }

  public String getStatus() {
    return status.name();
  }

  /** Only the three held statuses are views; anything else shows the first. */
  public void setStatus(String status) {
    this.status =
        VIEWS.stream().filter(s -> s.name().equals(status)).findFirst().orElse(VIEWS.get(0));
  }
}
