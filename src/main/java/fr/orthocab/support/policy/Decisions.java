package fr.orthocab.support.policy;

import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketsMerged;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Entry point for decisions: recording one under the policy version in force, reading them. */
@Stateless
public class Decisions {
  @PersistenceContext private EntityManager em;
  @Inject private PolicyVersions versions;

  /** Records a decision under the version of the policy in force at its instant. */
  public Decision record(
      Ticket ticket, Clause clause, Outcome outcome, String decidedBy, Instant at, String detail) {
    return record(
        ticket, clause, versions.inForceAt(at).orElse(null), outcome, decidedBy, at, detail);
  }

  /**
   * Records a decision under a version already looked up: the rules of one request decide at the
   * same instant, under the same version.
   */
  public Decision record(
      Ticket ticket,
      Clause clause,
      PolicyVersion version,
      Outcome outcome,
      String decidedBy,
      Instant at,
      String detail) {
    Decision decision = new Decision(ticket, clause, version, outcome, decidedBy, at, detail);
    em.persist(decision);
    return decision;
  }

  /** A merged request's decisions go to the original, in the merge's transaction. */
  public void move(@Observes TicketsMerged merged) {
    merged
        .moved()
        .decisions(
            em.createQuery("update Decision d set d.ticket = :original where d.ticket = :dup")
                .setParameter("original", merged.original())
                .setParameter("dup", merged.duplicate())
                .executeUpdate());
    // bulk updates bypass the shared cache: what it holds of the moved rows names the duplicate
    em.getEntityManagerFactory().getCache().evict(Decision.class);
  }

  public List<Decision> ofTicket(long ticketId) {
    return em.createQuery(
            "select d from Decision d left join fetch d.policyVersion"
                + " where d.ticket.id = :ticket order by d.decidedAt, d.id",
            Decision.class)
        .setParameter("ticket", ticketId)
        .getResultList();
  }

  /** The decisions of several tickets at once (a page of a list), in each ticket's order. */
  public List<Decision> ofTickets(Collection<Long> ticketIds) {
    if (ticketIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select d from Decision d left join fetch d.policyVersion"
                + " where d.ticket.id in :tickets order by d.decidedAt, d.id",
            Decision.class)
        .setParameter("tickets", ticketIds)
        .getResultList();
  }

  /** The ticket's decisions its customer is shown (see {@link Decision#concernsCustomer()}). */
  public List<Decision> shownToCustomer(long ticketId) {
    return ofTicket(ticketId).stream().filter(Decision::concernsCustomer).toList();
  }
}
