package fr.orthocab.support.mail.inbound;

import fr.orthocab.support.mail.inbound.parsing.MailParser;
import fr.orthocab.support.mail.inbound.parsing.ParsedMail;
import fr.orthocab.support.outbox.AutomaticAnswers;
import fr.orthocab.support.platform.Clip;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
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

  /** Receives one raw mail (RFC 5322 bytes). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Receipt receive(byte[] raw) {
    ParsedMail mail;
    try {
      mail = MailParser.parse(raw);
    } catch (MessagingException e) {
      throw new IllegalArgumentException("Unreadable mail: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (recorded(mail.messageId())) {
      return new Receipt(mail.messageId(), null, null, false, true);
    }
    automaticAnswers.answeringMail(mail.messageId());
    InboundMail record = new InboundMail(mail, clock.instant());
    em.persist(record);
    em.flush(); // the claim: a concurrent copy of the same mail fails here, before any effect
    routing.route(mail, record);
    return new Receipt(
        record.getMessageId(),
        record.getOutcome(),
        record.getTicketId(),
        automaticAnswers.withheld(),
        false);
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
   * to read on the mailbox page: no ticket, no answer. A mail recorded already is left as it is.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void keepUnhandled(
      String messageId,
      String from,
      String subject,
      String headers,
      String text,
      InboundOutcome outcome,
      String detail) {
    if (recorded(messageId)) {
      return;
    }
    automaticAnswers.withhold("mail kept unhandled: " + outcome);
    InboundMail record =
        new InboundMail(
            messageId,
            clock.instant(),
            from,
            subject,
            Clip.to(headers, MailParser.MAX_HEADERS),
            Clip.to(text, MailParser.MAX_TEXT));
    record.handled(outcome, null, null, null, detail);
    em.persist(record);
  }

  /** The latest mails received, newest first, optionally with one outcome, for agents. */
  @RolesAllowed({"AGENT", "SUPERVISOR"})
  public List<InboundMail> latest(InboundOutcome outcome, int max) {
    if (outcome == null) {
      return em.createQuery(
              "select m from InboundMail m order by m.receivedAt desc, m.id desc",
              InboundMail.class)
          .setMaxResults(max)
          .getResultList();
    }
    return em.createQuery(
            "select m from InboundMail m where m.outcome = :outcome"
                + " order by m.receivedAt desc, m.id desc",
            InboundMail.class)
        .setParameter("outcome", outcome)
        .setMaxResults(max)
        .getResultList();
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
