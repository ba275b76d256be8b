package fr.orthocab.support.admin.tickets;

import fr.orthocab.support.policy.Clause;
import fr.orthocab.support.refusal.Refusals;
import fr.orthocab.support.ticket.IllegalTransition;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketChangedMeanwhile;
import fr.orthocab.support.web.CurrentAccount;
import fr.orthocab.support.web.Pages;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;

/** The refusal form of a ticket's page, and a supervisor's lifting of a refusal. */
@Named("refusal")
@RequestScoped
public class RefuseTicketBacking {
  @Inject private ShowTicketBacking page;
  @Inject private Refusals refusals;
  @Inject private CurrentAccount me;

  @NotNull(message = "{fr.orthocab.support.NotChosen.message}")
  private Clause clause;

  @NotBlank
  @Size(max = 2000)
  private String explanation;

  public List<Clause> getReasons() {
    return Arrays.stream(Clause.values()).filter(Clause::isRefusalReason).toList();
  }

  public void refuse() {
    Ticket ticket = page.getTicket();
    try {
      refusals.refuse(ticket.getId(), ticket.getVersion(), me.required(), clause, explanation);
      Pages.info("admin_tickets_show.refused", clause.id());
      explanation = null;
    } catch (TicketChangedMeanwhile e) {
      Pages.error("admin_tickets_show.changedMeanwhile", ticket.getReference());
    } catch (IllegalTransition e) {
      Pages.error("admin_tickets_show.illegalTransition");
    }
    page.reload();
  }

  public void lift() {
    try {
      refusals.lift(page.getTicket().getId(), me.required());
      Pages.info("admin_tickets_show.lifted");
    } catch (EJBAccessException e) {
      Pages.error("admin_tickets_show.supervisorsOnly");
    }
    page.reload();
  }

  public Clause getClause() {
    return clause;
  }

  public void setClause(Clause clause) {
    this.clause = clause;
  }

  public String getExplanation() {
    return explanation;
  }

  public void setExplanation(String explanation) {
    this.explanation = explanation;
  }
}
