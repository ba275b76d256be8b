package fr.orthocab.support.admin.customers;

import static fr.orthocab.support.platform.ClockProducer.PARIS;

import fr.orthocab.support.policy.Clause;
import fr.orthocab.support.policy.NotInThePast;
import fr.orthocab.support.refusal.Suspension;
import fr.orthocab.support.refusal.SuspensionAlreadyOver;
import fr.orthocab.support.refusal.Suspensions;
import fr.orthocab.support.web.CurrentAccount;
import fr.orthocab.support.web.Pages;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A supervisor's suspension form on a customer's page: from now until the end of the chosen day
 * (Europe/Paris), under a clause about the customer's behaviour; and the ending of one early.
 */
@Named("suspension")
@RequestScoped
public class SuspendCustomerBacking {
  @Inject private ShowCustomerBacking page;
  @Inject private Suspensions suspensions;
  @Inject private CurrentAccount me;

  @NotNull(message = "{fr.orthocab.support.NotChosen.message}")
  private Clause clause;

  @NotNull @NotInThePast private LocalDate until;

  @NotBlank
  @Size(max = Suspension.MAX_EXPLANATION)
  private String explanation;

  public List<Clause> getReasons() {
    return Suspension.REASONS.stream().toList();
  }

  public void suspend() {
    try {
      suspensions.suspend(
          page.getCustomer().getId(),
          me.required(),
          clause,
          until.plusDays(1).atStartOfDay(PARIS).toInstant(),
          explanation);
      Pages.info("admin_customers_show.suspended", clause.id());
      explanation = null;
    } catch (EJBAccessException e) {
      Pages.error("admin_customers_show.supervisorsOnly");
    }
    page.reload();
  }

  public void end(long suspensionId) {
    try {
      suspensions.end(suspensionId, me.required());
      Pages.info("admin_customers_show.ended");
    } catch (EJBAccessException e) {
      Pages.error("admin_customers_show.supervisorsOnly");
    } catch (SuspensionAlreadyOver e) {
      Pages.error("admin_customers_show.alreadyOver");
    }
    page.reload();
  }

  public Clause getClause() {
    return clause;
  }

  public void setClause(Clause clause) {
    this.clause = clause;
  }

  public LocalDate getUntil() {
    return until;
  }

  public void setUntil(LocalDate until) {
    this.until = until;
  }

  public String getExplanation() {
    return explanation;
  }

  public void setExplanation(String explanation) {
    this.explanation = explanation;
  }
}
