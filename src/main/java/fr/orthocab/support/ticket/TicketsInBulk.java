package fr.orthocab.support.ticket;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Entry point for changing a selection of tickets at once, each in the version the agent saw and in
 * a transaction of its own ({@link BulkStep}): a ticket changed meanwhile, or one whose status
 * refuses the change, is skipped and named, and the others are changed all the same.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TicketsInBulk {
  /** The largest selection changed at once: the queue's largest page. */
  public static final int MAX = 100;

  private static final Logger LOG = Logger.getLogger(TicketsInBulk.class.getName());

  @Inject private BulkStep step;
  @Inject private TicketReads reads;

  /**
   * Applies the change to each ticket as seen; its note, if any, is written by that member of the
   * team (needed only then).
   */
  public BulkResult apply(
      @NotNull @Size(min = 1, max = MAX) List<SeenTicket> selection,
      @NotNull BulkChange change,
      Long noteAuthorId) {
    if (change.note() != null && noteAuthorId == null) {
      throw new IllegalArgumentException("A note needs its author");
    }
    BulkResult result = new BulkResult();
    for (SeenTicket seen : selection) {
      try {
        BulkStep.Applied applied = step.apply(seen, change, noteAuthorId);
        if (applied.changed()) {
          result.changed(applied.reference());
        } else {
          result.skipped(seen.id(), applied.reference(), BulkResult.Reason.NOTHING_TO_CHANGE);
        }
      } catch (EJBException e) {
        LOG.log(Level.WARNING, "Bulk change failed on ticket " + seen.id(), e);
        result.skipped(seen.id(), referenceOf(seen.id()), BulkResult.Reason.FAILED);
      } catch (RuntimeException e) {
        result.skipped(seen.id(), referenceOf(seen.id()), BulkResult.Reason.of(e));
      }
    }
    return result;
  }

  private String referenceOf(long ticketId) {
    return reads
        .find(ticketId)
        .map(Ticket::getReference)
        .orElse(Ticket.REFERENCE_PREFIX + ticketId);
  }
}
