package fr.orthocab.support.admin.tickets;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.account.Accounts;
import fr.orthocab.support.ticket.AssigneeRefused;
import fr.orthocab.support.ticket.IllegalTransition;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketChangedMeanwhile;
import fr.orthocab.support.ticket.Tickets;
import fr.orthocab.support.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The ticket page's assignment: to any active member of the team, or back to the queue, in the
 * version the agent is looking at; the new assignee is told (notification rules).
 */
@Named("assignment")
@RequestScoped
public class TicketAssignmentBacking {
  @Inject private ShowTicketBacking page;
  @Inject private Tickets tickets;
  @Inject private Accounts accounts;

  @NotNull(message = "{fr.orthocab.support.NotChosen.message}")
  private Long agentId;

  private List<Account> team;

  /** Who can take it: the active agents and supervisors but the one who has it. */
  public List<Account> getTeam() {
    if (team == null) {
      Ticket ticket = page.getTicket();
      Long current =
          ticket == null || ticket.getAssignee() == null ? null : ticket.getAssignee().getId();
      team = accounts.activeStaff().stream().filter(a -> !a.getId().equals(current)).toList();
    }
    return team;
  }

  public void assign() {
    Ticket ticket = page.getTicket();
    if (act(() -> tickets.assign(ticket.getId(), ticket.getVersion(), agentId), ticket)) {
      Pages.info("admin_tickets_show.assignedTo", page.getTicket().getAssignee().getDisplayName());
      agentId = null;
    }
  }

  public void unassign() {
    Ticket ticket = page.getTicket();
    if (act(() -> tickets.unassign(ticket.getId(), ticket.getVersion()), ticket)) {
      Pages.info("admin_tickets_show.unassigned");
    }
  }

  private boolean act(Runnable action, Ticket ticket) {
    boolean done = false;
    try {
      action.run();
      done = true;
    } catch (TicketChangedMeanwhile e) {
      Pages.error("admin_tickets_show.changedMeanwhile", ticket.getReference());
    } catch (AssigneeRefused e) {
      Pages.error("admin_tickets_show.assigneeRefused");
    } catch (IllegalTransition e) {
      Pages.error("admin_tickets_show.illegalTransition");
    }
    page.reload();
    team = null;
    return done;
  }

  public Long getAgentId() {
    return agentId;
  }

  public void setAgentId(Long agentId) {
    this.agentId = agentId;
  }
}
