package fr.orthocab.support.mail.inbound;

import fr.orthocab.support.mail.inbound.parsing.MailParser;
import fr.orthocab.support.mail.inbound.parsing.ParsedMail;
import fr.orthocab.support.mail.inbound.parsing.ParsingBudget;
import fr.orthocab.support.mail.inbound.parsing.RawMail;
import fr.orthocab.support.mail.outbox.AutomaticAnswers;
import fr.orthocab.support.secrets.Maskings;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketReads;
import fr.orthocab.support.ticket.Tickets;
import fr.orthocab.support.ticket.TicketsMerged;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Entry point for a mail the desk received, whatever fetched it. Each mail is handled in a
 * transaction of its own that first claims it by inserting its record under its unique Message-ID,
 * then has its effects, so that a mail fetched twice (two nodes, a crash before the mailbox was
 * marked) has one effect: the second finds the record, or loses the race on the unique constraint
 * and its transaction rolls back whole.
 */
@Stateless
public class InboundMails {
  @PersistenceContext private EntityManager em;
  @Inject private MailRouting routing;
  @Inject private AutomaticAnswers automaticAnswers;
  @Inject private Clock clock;
  @Inject private MailboxSettings settings;
  @Inject private Maskings maskings;
  @Inject private Tickets tickets;
  @Inject private TicketReads ticketReads;

  /**
   * Receives one raw mail (RFC 5322 bytes), read within the mailbox's parsing budget. The same mail
   * delivered again is a no-op; another mail reusing a Message-ID received before is kept for
   * agents under an id of its own, and routed nowhere.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Receipt receive(byte[] raw) {
    RawMail head = RawMail.of(raw);
    Optional<String> claim = claimableId(head);
    if (claim.isEmpty()) {
      return new Receipt(head.messageId(), null, null, false, true);
    }
    MaskedMail masked;
    try {
      masked = MaskedMail.of(MailParser.parse(raw, ParsingBudget.of(settings.parseBudget())));
    } catch (MessagingException e) {
      throw new IllegalArgumentException("Unreadable mail: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ParsedMail mail = masked.mail();
    if (!claim.get().equals(mail.messageId())) {
      return keptWithReusedId(claim.get(), mail);
    }
    automaticAnswers.answeringMail(mail.messageId());
    InboundMail record = new InboundMail(mail.messageId(), mail, clock.instant());
    em.persist(record);
    em.flush(); // the claim: a concurrent copy of the same mail fails here, before any effect
    routing.route(mail, record);
    secretsMasked(masked, record);
    return new Receipt(
        record.getMessageId(),
        record.getOutcome(),
        record.getTicketId(),
        automaticAnswers.withheld(),
        false);
  }

  /** Counted on the ticket the mail opened or joined, whose customer is told the first time. */
  private void secretsMasked(MaskedMail masked, InboundMail record) {
    if (!masked.counts().any()) {
      return;
    }
    Optional<Ticket> ticket =
        Optional.ofNullable(record.getTicketId()).flatMap(id -> ticketReads.find(id));
    if (ticket.isPresent()) {
      tickets.secretsMasked(ticket.get(), masked.counts(), "MAIL");
    } else {
      maskings.record(masked.counts(), "MAIL", null, null);
    }
  }

  private Receipt keptWithReusedId(String id, ParsedMail mail) {
    automaticAnswers.withhold("mail reusing the Message-ID " + mail.messageId());
    InboundMail record = new InboundMail(id, mail, clock.instant());
    record.handled(
        InboundOutcome.REUSED_MESSAGE_ID,
        null,
        null,
        null,
        "Message-ID "
            + mail.messageId()
            + " déjà reçu avec un autre contenu : gardé ici, sans demande ni réponse.");
    em.persist(record);
    em.flush();
    return new Receipt(id, InboundOutcome.REUSED_MESSAGE_ID, null, true, false);
  }

  /**
   * The id to keep the mail under: its Message-ID when new; one made from its content when that
   * Message-ID was received with other content; nothing when this very mail was kept already.
   */
  private Optional<String> claimableId(RawMail mail) {
    Optional<InboundMail> known = byMessageId(mail.messageId());
    if (known.isEmpty()) {
      return Optional.of(mail.messageId());
    }
    if (known.get().hasContent(mail.fingerprint())) {
      return Optional.empty();
    }
    String own = "<" + mail.fingerprint() + "@reused-message-id.invalid>";
    return byMessageId(own).isPresent() ? Optional.empty() : Optional.of(own);
  }

  private Optional<InboundMail> byMessageId(String messageId) {
    return em.createQuery("select m from InboundMail m where m.messageId = :id", InboundMail.class)
        .setParameter("id", messageId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /**
   * One more failed attempt to receive that mail, counted across nodes in a transaction of its own;
   * answers how many there were.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int failedToReceive(String messageId, String error) {
    Instant now = clock.instant();
    InboundFailure failure =
        em.find(InboundFailure.class, messageId, LockModeType.PESSIMISTIC_WRITE);
    if (failure == null) {
      failure = new InboundFailure(messageId, now);
      em.persist(failure);
    }
    return failure.failedAgain(now, error);
  }

  /**
   * Keeps a mail the desk will not handle (too large, or failing every time) as it came, for agents
   * to read on the mailbox page: no ticket, no answer. A mail kept already is left as it is.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void keepUnhandled(RawMail mail, String text, InboundOutcome outcome, String detail) {
    Optional<String> claim = claimableId(mail);
    if (claim.isEmpty()) {
      return;
    }
    automaticAnswers.withhold("mail kept unhandled: " + outcome);
    InboundMail record = new InboundMail(claim.get(), mail, text, clock.instant());
    record.handled(outcome, null, null, null, detail);
    em.persist(record);
  }

  /** A merged request's mails go to the original, in the merge's transaction. */
  public void move(@Observes TicketsMerged merged) {
    merged
        .moved()
        .mails(
            em.createQuery(
                    "update InboundMail m set m.ticketId = :original where m.ticketId = :dup")
                .setParameter("original", merged.original().getId())
                .setParameter("dup", merged.duplicate().getId())
                .executeUpdate());
    // bulk updates bypass the shared cache: what it holds of the moved rows names the duplicate
    em.getEntityManagerFactory().getCache().evict(InboundMail.class);
  }

  /** The latest mails received, newest first, optionally with one outcome, for agents. */
  @RolesAllowed({"AGENT", "SUPERVISOR"})
  public List<InboundMail> latest(InboundOutcome outcome, int max) {
    return page(outcome, 0, max);
  }

  /** One page of the mails received, newest first, optionally with one outcome, for agents. */
  @RolesAllowed({"AGENT", "SUPERVISOR"})
  public List<InboundMail> page(InboundOutcome outcome, int first, int max) {
    var query =
        em.createQuery(
            "select m from InboundMail m"
                + (outcome == null ? "" : " where m.outcome = :outcome")
                + " order by m.receivedAt desc, m.id desc",
            InboundMail.class);
    if (outcome != null) {
      query.setParameter("outcome", outcome);
    }
    return query.setFirstResult(first).setMaxResults(max).getResultList();
  }

  /** How many mails were received, optionally with one outcome, for agents. */
  @RolesAllowed({"AGENT", "SUPERVISOR"})
  public long count(InboundOutcome outcome) {
    var query =
        em.createQuery(
            "select count(m) from InboundMail m"
                + (outcome == null ? "" : " where m.outcome = :outcome"),
            Long.class);
    if (outcome != null) {
      query.setParameter("outcome", outcome);
    }
    return query.getSingleResult();
  }

  /** Whether this very mail was received or kept already (and its effects committed). */
  public boolean recorded(RawMail mail) {
    return claimableId(mail).isEmpty();
  }

  /** Whether a mail with that Message-ID was received already (and its effects committed). */
  public boolean recorded(String messageId) {
    return !em.createQuery("select m.id from InboundMail m where m.messageId = :id", Long.class)
        .setParameter("id", messageId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** The mails of a ticket's thread, oldest first, as agents read them. */
  @RolesAllowed({"AGENT", "SUPERVISOR"})
  public List<InboundMail> ofTicket(long ticketId) {
    return em.createQuery(
            "select m from InboundMail m where m.ticketId = :ticket order by m.receivedAt, m.id",
            InboundMail.class)
        .setParameter("ticket", ticketId)
        .getResultList();
  }

  /**
   * The mails that named this ticket without joining it (another sender's, or unproven), oldest
   * first: agents see the attempt on the ticket it aimed at.
   */
  @RolesAllowed({"AGENT", "SUPERVISOR"})
  public List<InboundMail> namingTicket(long ticketId) {
    return em.createQuery(
            "select m from InboundMail m where m.namedTicketId = :ticket"
                + " order by m.receivedAt, m.id",
            InboundMail.class)
        .setParameter("ticket", ticketId)
        .getResultList();
  }

  /**
   * What became of a mail.
   *
   * @param outcome null when the mail had been received before
   * @param automaticAnswersWithheld whether the transaction forbade automatic answers to it
   * @param duplicate the mail had been received before: nothing was done this time
   */
  public record Receipt(
      String messageId,
      InboundOutcome outcome,
      Long ticketId,
      boolean automaticAnswersWithheld,
      boolean duplicate) {}
}
