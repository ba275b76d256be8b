package fr.orthocab.support.screening;

import fr.orthocab.support.policy.Clause;
import fr.orthocab.support.policy.Decisions;
import fr.orthocab.support.policy.Outcome;
import fr.orthocab.support.ticket.Message;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketChangedMeanwhile;
import fr.orthocab.support.ticket.TicketsMerged;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Flags on tickets: raised by the rules that read what customers write, with the decision they
 * took; cleared by an agent, which is a decision too. A flag never refuses or holds anything.
 */
@Stateless
public class TicketFlags {
  @PersistenceContext private EntityManager em;
  @Inject private Decisions decisions;
  @Inject private Clock clock;

  public TicketFlag raise(
      @NotNull Ticket ticket,
      Message message,
      @NotNull FlagKind kind,
      String detail,
      @NotBlank String by,
      @NotNull Instant at) {
    TicketFlag flag = new TicketFlag(ticket, message, kind, detail, by, at);
    em.persist(flag);
    return flag;
  }

  /**
   * Reads a customer's comment as a request is read at intake: a vendor's problem is flagged with
   * an EXT-PRODUCTS decision, Orthocab's recorded as EXT-EXCEPTION, offensive words flagged for an
   * agent to decide under REFUSE-LANGUAGE.
   */
  public void screenComment(@NotNull Ticket ticket, @NotNull Message comment) {
    Screening read = Screening.of(null, comment.getBody());
    String rule = "rule:CommentScreening";
    Instant at = comment.getCreatedAt();
    if (read.externalProduct().isVendor()) {
      raise(ticket, comment, FlagKind.EXTERNAL_PRODUCT, read.externalProductDetail(), rule, at);
      decisions.record(
          ticket, Clause.EXT_PRODUCTS, Outcome.FLAGGED, rule, at, read.externalProductDetail());
    } else if (read.externalProduct().isOrthocab()) {
      decisions.record(
          ticket, Clause.EXT_EXCEPTION, Outcome.ACCEPTED, rule, at, read.exceptionDetail());
    }
    if (!read.offensive().isEmpty()) {
      raise(ticket, comment, FlagKind.OFFENSIVE_LANGUAGE, read.offensiveDetail(), rule, at);
      decisions.record(
          ticket, Clause.REFUSE_LANGUAGE, Outcome.FLAGGED, rule, at, read.offensiveDetail());
    }
  }

  /**
   * A merged request's flags go to the original, in the merge's transaction, except its own
   * "probable duplicate" flag: it is about the duplicate.
   */
  public void move(@Observes TicketsMerged merged) {
    merged
        .moved()
        .flags(
            em.createQuery(
                    "update TicketFlag f set f.ticket = :original where f.ticket = :dup"
                        + " and f.kind <> :duplicateFlag")
                .setParameter("original", merged.original())
                .setParameter("dup", merged.duplicate())
                .setParameter("duplicateFlag", FlagKind.PROBABLE_DUPLICATE)
                .executeUpdate());
    // bulk updates bypass the shared cache: what it holds of the moved rows names the duplicate
    em.getEntityManagerFactory().getCache().evict(TicketFlag.class);
  }

  /** The ticket's flags, oldest first, with the messages they were raised on. */
  public List<TicketFlag> ofTicket(long ticketId) {
    return em.createQuery(
            "select f from TicketFlag f left join fetch f.message"
                + " where f.ticket.id = :ticket order by f.raisedAt, f.id",
            TicketFlag.class)
        .setParameter("ticket", ticketId)
        .getResultList();
  }

  /** The flags of several tickets at once (a page of a list). */
  public List<TicketFlag> ofTickets(Collection<Long> ticketIds) {
    if (ticketIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select f from TicketFlag f where f.ticket.id in :tickets order by f.raisedAt, f.id",
            TicketFlag.class)
        .setParameter("tickets", ticketIds)
        .getResultList();
  }

  /**
   * An agent looked at the flag and lets the request go on: the flag is cleared, and the decision
   * recorded under its clause. Refused (nothing written) if someone changed the flag since.
   */
  public TicketFlag clear(long flagId, long expectedVersion, @NotBlank String agent) {
    TicketFlag flag = em.find(TicketFlag.class, flagId);
    if (flag == null) {
      throw new IllegalArgumentException("No flag " + flagId);
    }
    if (flag.getVersion() != expectedVersion || flag.isCleared()) {
      throw new TicketChangedMeanwhile(flag.getTicket().getReference());
    }
    Instant now = clock.instant();
    flag.clear(agent, now);
    decisions.record(
        flag.getTicket(),
        flag.getKind().clause(),
        Outcome.CLEARED,
        agent,
        now,
        "Signalement levé par un agent : " + (flag.getDetail() == null ? "" : flag.getDetail()));
    return flag;
  }
}
