package fr.orthocab.support.refusal;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.account.Actors;
import fr.orthocab.support.audit.AuditAction;
import fr.orthocab.support.audit.AuditActor;
import fr.orthocab.support.audit.AuditTrail;
import fr.orthocab.support.customer.Language;
import fr.orthocab.support.policy.Clause;
import fr.orthocab.support.policy.ClauseTexts;
import fr.orthocab.support.policy.Decisions;
import fr.orthocab.support.policy.Outcome;
import fr.orthocab.support.policy.PolicyVersion;
import fr.orthocab.support.policy.PolicyVersions;
import fr.orthocab.support.ticket.NoticeKind;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.Tickets;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Entry point for refusals: an agent refuses under a clause, a supervisor lifts. */
@Stateless
public class Refusals {
  @PersistenceContext private EntityManager em;
  @Inject private Tickets tickets;
  @Inject private Decisions decisions;
  @Inject private PolicyVersions versions;
  @Inject private ClauseTexts clauseTexts;
  @Inject private Clock clock;
  @Inject private AuditTrail trail;
  @Inject private Actors actors;

  /**
   * Refuses the ticket the agent looked at (in that version) under the clause; the customer is told
   * in their language why, under which clause, and what they can do next.
   */
  public Refusal refuse(
      long ticketId,
      long expectedVersion,
      @NotNull Account agent,
      @NotNull Clause clause,
      @NotBlank @Size(max = Refusal.MAX_EXPLANATION) String explanation) {
    Instant now = clock.instant();
    PolicyVersion version = versions.inForceAt(now).orElse(null);
    Ticket ticket = tickets.refuse(ticketId, expectedVersion);
    Refusal refusal = Refusal.byAgent(ticket, clause, version, agent, now, explanation);
    em.persist(refusal);
    trail.record(
        actors
            .of(agent)
            .did(AuditAction.REFUSAL_RECORDED, ticketId, customerOf(ticket), clause.id()));
    decisions.record(
        ticket, clause, version, Outcome.REFUSED, agent.getDisplayName(), now, explanation);
    tell(ticket, refusal);
    return refusal;
  }

  /**
   * A rule refuses a request by itself, where the policy lets it (a hold that expired): recorded
   * and told to the customer like an agent's refusal, naming the rule. The ticket must be managed.
   */
  public Refusal refuseByRule(
      @NotNull Ticket ticket,
      @NotNull Clause clause,
      @NotBlank String rule,
      @NotBlank @Size(max = Refusal.MAX_EXPLANATION) String explanation) {
    Instant now = clock.instant();
    PolicyVersion version = versions.inForceAt(now).orElse(null);
    tickets.refuse(ticket, now);
    Refusal refusal = Refusal.byRule(ticket, clause, version, rule, now, explanation);
    em.persist(refusal);
    trail.record(
        AuditActor.desk()
            .did(
                AuditAction.REFUSAL_RECORDED,
                ticket.getId(),
                customerOf(ticket),
                clause.id() + " (" + rule + ")"));
    decisions.record(ticket, clause, version, Outcome.REFUSED, rule, now, explanation);
    tell(ticket, refusal);
    return refusal;
  }

  /** The customer reads the clause's text of the version the refusal applied, in their language. */
  private void tell(Ticket ticket, Refusal refusal) {
    PolicyVersion version = refusal.getPolicyVersion();
    Language language = languageOf(ticket);
    tickets.tellCustomer(
        ticket,
        NoticeKind.REFUSAL,
        RefusalNotice.of(
            refusal.getClause(),
            version == null ? ClauseTexts.NONE : version.getLabel(),
            clauseTexts.text(version, refusal.getClause(), language),
            refusal.getExplanation(),
            language));
  }

  private static Long customerOf(Ticket ticket) {
    return ticket.getCustomer() == null ? null : ticket.getCustomer().getId();
  }

  private static Language languageOf(Ticket ticket) {
    return ticket.requesterLanguage();
  }

  /** A supervisor lifts the ticket's refusal: it reopens, and the decision is recorded. */
  @RolesAllowed("SUPERVISOR")
  public Ticket lift(long ticketId, @NotNull Account supervisor) {
    Refusal refusal =
        current(ticketId).orElseThrow(() -> new IllegalStateException("No refusal to lift"));
    Instant now = clock.instant();
    refusal.lift(supervisor, now);
    Ticket ticket = tickets.liftRefusal(ticketId);
    trail.record(
        actors
            .of(supervisor)
            .did(
                AuditAction.REFUSAL_LIFTED,
                ticketId,
                customerOf(ticket),
                refusal.getClause().id()));
    decisions.record(
        ticket,
        refusal.getClause(),
        Outcome.LIFTED,
        supervisor.getDisplayName(),
        now,
        "Refus levé par un superviseur.");
    tickets.tellCustomer(
        ticket, NoticeKind.REFUSAL_LIFTED, RefusalNotice.lifted(languageOf(ticket)));
    return ticket;
  }

  /** The refusal in force on the ticket, if any. */
  public Optional<Refusal> current(long ticketId) {
    return ofTicket(ticketId).stream().filter(r -> !r.isLifted()).findFirst();
  }

  public List<Refusal> ofTicket(long ticketId) {
    return em.createQuery(
            "select r from Refusal r where r.ticket.id = :ticket order by r.decidedAt desc, r.id",
            Refusal.class)
        .setParameter("ticket", ticketId)
        .getResultList();
  }

  /** Every refusal of the customer's requests, the latest first. */
  public List<Refusal> ofCustomer(long customerId) {
    return em.createQuery(
            "select r from Refusal r join fetch r.ticket t left join fetch r.decidedBy"
                + " left join fetch r.liftedBy where t.customer.id = :customer"
                + " order by r.decidedAt desc, r.id desc",
            Refusal.class)
        .setParameter("customer", customerId)
        .getResultList();
  }
}
