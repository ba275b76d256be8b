package fr.orthocab.support.duplicate;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.customer.Language;
import fr.orthocab.support.policy.Clause;
import fr.orthocab.support.policy.Decisions;
import fr.orthocab.support.policy.Outcome;
import fr.orthocab.support.ticket.MovedRows;
import fr.orthocab.support.ticket.NoticeKind;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketNotFound;
import fr.orthocab.support.ticket.TicketReads;
import fr.orthocab.support.ticket.Tickets;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Entry point of merges (DUP-COMMENT): an agent merges a customer's request into the same
 * customer's original. Its thread (attachments with their messages), decisions, flags, mails and
 * SLA history move to the original, each capability moving its own rows ({@link
 * fr.orthocab.support.ticket.TicketsMerged}), each line of history still naming the request whose
 * clock recorded it; the duplicate becomes MERGED, pointing to the original, its clock stopped (its
 * row stays: the original keeps its own clock). The customer is told on the original, and the merge
 * is recorded with a decision on both requests.
 */
@Stateless
public class Merges {
  private static final Pattern REFERENCE = Pattern.compile(Ticket.REFERENCE_PREFIX + "[0-9]+");

  @PersistenceContext private EntityManager em;
  @Inject private Tickets tickets;
  @Inject private TicketReads ticketReads;
  @Inject private Decisions decisions;
  @Inject private Clock clock;

  /**
   * Merges the request the agent looked at (in that version) into the original of that reference.
   */
  public TicketMerge merge(
      long duplicateId, long expectedVersion, String originalReference, @NotNull Account agent) {
    Ticket original =
        ticketReads
            .byReference(originalReference == null ? null : originalReference.strip())
            .orElseThrow(() -> new IllegalArgumentException("No request " + originalReference));
    Ticket duplicate =
        ticketReads.find(duplicateId).orElseThrow(() -> new TicketNotFound(duplicateId));
    MovedRows moved = tickets.merge(duplicateId, expectedVersion, original.getId());
    Instant now = clock.instant();
    String who = agent.getDisplayName();
    TicketMerge merge =
        new TicketMerge(
            duplicate,
            original,
            who,
            now,
            moved.messages(),
            moved.decisions(),
            moved.flags(),
            moved.mails(),
            moved.slaEvents());
    em.persist(merge);
    String detail =
        "Demande "
            + duplicate.getReference()
            + " fusionnée dans "
            + original.getReference()
            + " : "
            + moved.messages()
            + " message(s), "
            + moved.decisions()
            + " décision(s), "
            + moved.flags()
            + " signalement(s), "
            + moved.mails()
            + " email(s), "
            + moved.slaEvents()
            + " ligne(s) d'historique SLA déplacés.";
    decisions.record(original, Clause.DUP_COMMENT, Outcome.MERGED, who, now, detail);
    decisions.record(duplicate, Clause.DUP_COMMENT, Outcome.MERGED, who, now, detail);
    Language language = original.requesterLanguage();
    tickets.tellCustomer(
        original,
        NoticeKind.MERGED,
        text(language, duplicate.getReference(), original.getReference()));
    return merge;
  }

  /** The original the flag of a probable duplicate names, to suggest it to the agent. */
  public static Optional<String> suggestedOriginal(String flagDetail) {
    if (flagDetail == null) {
      return Optional.empty();
    }
    Matcher m = REFERENCE.matcher(flagDetail);
    return m.find() ? Optional.of(m.group()) : Optional.empty();
  }

  /** The requests merged into that one, oldest merge first. */
  public List<TicketMerge> mergedInto(long originalId) {
    return em.createQuery(
            "select m from TicketMerge m join fetch m.duplicate where m.original.id = :original"
                + " order by m.mergedAt, m.id",
            TicketMerge.class)
        .setParameter("original", originalId)
        .getResultList();
  }

  /** The merge that made that request a duplicate, if it was merged. */
  public Optional<TicketMerge> ofDuplicate(long duplicateId) {
    return em.createQuery(
            "select m from TicketMerge m join fetch m.original where m.duplicate.id = :duplicate",
            TicketMerge.class)
        .setParameter("duplicate", duplicateId)
        .getResultStream()
        .findFirst();
  }

  static String text(Language language, String duplicate, String original) {
    String pattern =
        ResourceBundle.getBundle("fr.orthocab.support.duplicate.notices", language.locale())
            .getString("merged");
    return new MessageFormat(pattern, language.locale()).format(new Object[] {duplicate, original});
  }
}
